using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HungYen.Bot.Tests.Outbound;

public sealed class OutboxDispatcherTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
    private readonly LiteDbRecordStore _store = LiteDbRecordStore.InMemory();
    private readonly ScriptedChannel _channel;

    public OutboxDispatcherTests() => _channel = new ScriptedChannel(_clock);

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Drain_TextOverTheLimit_IsSplitAtBoundariesWithChoicesOnTheLastPart()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Hồ sơ đề xuất khen thưởng", 60));
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 7));
        Queue("1", text, [new Choice("Đồng ý", "yes")]);

        await DrainWhileAdvancingAsync(CreateSut());

        var parts = _channel.Sends.Select(s => s.Message).ToList();
        Assert.True(parts.Count >= 2);
        Assert.All(parts, p => Assert.True(p.Text.Length <= 4096));
        Assert.Equal(text.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), string.Concat(parts.Select(p => p.Text)).Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
        Assert.Empty(parts[0].Choices);
        Assert.Single(parts[^1].Choices);
    }

    [Fact]
    public async Task Drain_GlobalRate_SpacesSendsAcrossChats()
    {
        for (var i = 0; i < 5; i++)
        {
            Queue($"chat{i}", $"Tin {i}");
        }

        var start = _clock.GetUtcNow();
        await DrainWhileAdvancingAsync(CreateSut(rate: 2, parallel: 1));

        // Five sends at 2 per second take at least four intervals of 500 ms. (The fake clock may jump further while a
        // continuation waits to run, so only the lower bound is exact.)
        var times = _channel.Sends.Select(s => s.At).ToList();
        Assert.Equal(5, times.Count);
        Assert.True(times[^1] - start >= TimeSpan.FromMilliseconds(2000), $"five sends took only {(times[^1] - start).TotalMilliseconds} ms");
        Assert.Equal(times.Order(), times);
    }

    [Fact]
    public async Task Drain_TooManyRequests_PausesEverySendForRetryAfterAndDeliversOnce()
    {
        Queue("a", "Tin thứ nhất");
        Queue("b", "Tin thứ hai");
        _channel.FailNext(new RateLimitedException(TimeSpan.FromSeconds(7)));
        var start = _clock.GetUtcNow();

        await DrainWhileAdvancingAsync(CreateSut(parallel: 1));

        Assert.Equal(2, _channel.Sends.Count);
        Assert.All(_channel.Sends, s => Assert.True(s.At - start >= TimeSpan.FromSeconds(7)));
        Assert.All(_store.Query<OutboxMessage>(), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task Drain_Forbidden_MarksRecipientUnreachableAndSkipsTheirLaterMessagesWithoutTrying()
    {
        Queue("blocked", "Một");
        Queue("blocked", "Hai");
        Queue("ok", "Ba");
        _channel.FailFor("blocked", new RecipientUnreachableException("Forbidden: bot was blocked by the user"));

        await DrainWhileAdvancingAsync(CreateSut());

        Assert.Equal(1, _channel.Attempts("blocked"));
        Assert.Equal(2, _store.Count<OutboxMessage>(m => m.ChatId == "blocked" && m.Status == OutboxStatus.Unreachable));
        Assert.True(_store.Find<Reachability>("test:blocked")!.Unreachable);
        Assert.Single(_channel.Sends, s => s.ChatId == "ok");
    }

    [Fact]
    public async Task Drain_TransientFailure_RetriesWithBackoffThenGivesUpAfterMaxAttempts()
    {
        Queue("flaky", "Tin");
        _channel.FailFor("flaky", new HttpRequestException("connection reset"));
        var sut = CreateSut(maxAttempts: 3);

        for (var i = 0; i < 6; i++)
        {
            await DrainWhileAdvancingAsync(sut);
            _clock.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(3, _channel.Attempts("flaky"));
        var message = _store.Query<OutboxMessage>().Single();
        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Contains("connection reset", message.LastError);
    }

    [Fact]
    public async Task Drain_FailureOnALaterPart_RetryDoesNotRepeatDeliveredParts()
    {
        var text = string.Join("\n\n", new string('a', 3000), new string('b', 3000), new string('c', 3000));
        Queue("long", text);
        _channel.FailOnCall(2, new RateLimitedException(TimeSpan.FromSeconds(1)));

        await DrainWhileAdvancingAsync(CreateSut());

        Assert.Equal(["a", "b", "c"], _channel.Sends.Select(s => s.Message.Text[..1]));
        Assert.Equal(OutboxStatus.Sent, _store.Query<OutboxMessage>().Single().Status);
    }

    [Fact]
    public async Task Drain_BulkMessagesToOneChat_KeepThePerChatInterval()
    {
        Queue("c", "Nhắc 1", bulk: true);
        Queue("c", "Nhắc 2", bulk: true);
        Queue("c", "Nhắc 3", bulk: true);

        await DrainWhileAdvancingAsync(CreateSut(rate: 1000));

        var times = _channel.Sends.Select(s => s.At).ToList();
        Assert.Equal(["Nhắc 1", "Nhắc 2", "Nhắc 3"], _channel.Sends.Select(s => s.Message.Text));
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(1));
        Assert.True(times[2] - times[1] >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Drain_MessagesCommittedWhileItRuns_AreSentWithoutReadingThemBack()
    {
        var sut = CreateSut();
        Queue("a", "Tin một");
        Queue("b", "Tin hai");
        Queue("c", "Tin ba");
        var readsBefore = _store.Activity.Reads;

        await DrainWhileAdvancingAsync(sut);
        var reads = _store.Activity.Reads - readsBefore;

        Assert.Equal(["Tin ba", "Tin hai", "Tin một"], _channel.Sends.Select(s => s.Message.Text).Order());
        Assert.All(_store.Query<OutboxMessage>(), m => Assert.Equal(OutboxStatus.Sent, m.Status));
        // One read per message (is the recipient reachable?); no query of the pending messages, no read of each again.
        Assert.True(reads <= 3, $"the drain read the store {reads} times for 3 messages");
    }

    [Fact]
    public async Task Drain_MessageChangedOrClosedByALaterCommit_SendsWhatTheStoreHoldsNow()
    {
        var sut = CreateSut();
        Queue("a", "Họ tên: Nguyễn Văn An");
        Queue("b", "Tin không còn cần gửi");
        var changes = new ChangeSet();
        foreach (var message in _store.Query<OutboxMessage>())
        {
            if (message.ChatId == "a")
            {
                message.Text = "Họ tên: [đã xoá]"; // an erasure rewrites a pending message
            }
            else
            {
                message.Status = OutboxStatus.Failed;
            }

            changes.Upsert(message);
        }

        _store.Commit(changes);

        await DrainWhileAdvancingAsync(sut);

        var sent = Assert.Single(_channel.Sends);
        Assert.Equal(("a", "Họ tên: [đã xoá]"), (sent.ChatId, sent.Message.Text));
    }

    private OutboxDispatcher CreateSut(double rate = 25, int parallel = 4, int maxAttempts = 5) =>
        new(_store, [_channel], _clock, Microsoft.Extensions.Options.Options.Create(new SenderOptions { MessagesPerSecond = rate, MaxParallelChats = parallel, MaxAttempts = maxAttempts, BulkIntervalPerChatSeconds = 1 }), NullLogger<OutboxDispatcher>.Instance);

    private void Queue(string chat, string text, IReadOnlyList<Choice>? choices = null, bool bulk = false)
    {
        var changes = new ChangeSet();
        changes.Send(new ChatAddress("test", chat), new OutgoingMessage(text) { Choices = choices ?? [] }, _clock.GetUtcNow(), bulk);
        _store.Commit(changes);
    }

    /// <summary>Runs a drain while moving the fake clock forward, so the pacer's waits elapse without sleeping.</summary>
    private async Task DrainWhileAdvancingAsync(OutboxDispatcher sut)
    {
        var drain = sut.DrainAsync(CancellationToken.None);
        var guard = 0;
        while (!drain.IsCompleted)
        {
            Assert.True(guard++ < 100_000, "drain never finished");
            _clock.Advance(TimeSpan.FromMilliseconds(10));
            await Task.Yield();
        }

        await drain;
    }

    private sealed class ScriptedChannel(TimeProvider clock) : IChatChannel
    {
        private readonly Dictionary<string, Exception> _failFor = [];
        private readonly Dictionary<string, int> _attempts = [];
        private Exception? _failNext;
        private (int Call, Exception Error)? _failOnCall;
        private int _calls;

        public List<(string ChatId, OutgoingMessage Message, DateTimeOffset At)> Sends { get; } = [];

        public string Name => "test";

        public int MaxTextLength => 4096;

        public void FailNext(Exception error) => _failNext = error;

        /// <summary>Fails the n-th send (1-based) once.</summary>
        public void FailOnCall(int call, Exception error) => _failOnCall = (call, error);

        public void FailFor(string chatId, Exception error) => _failFor[chatId] = error;

        public int Attempts(string chatId) => _attempts.GetValueOrDefault(chatId);

        public Task<string?> SendAsync(string chatId, OutgoingMessage message, CancellationToken cancellationToken)
        {
            lock (Sends)
            {
                _attempts[chatId] = Attempts(chatId) + 1;
                if (_failOnCall is { } planned && ++_calls == planned.Call)
                {
                    _failOnCall = null;
                    throw planned.Error;
                }

                if (_failNext is { } once)
                {
                    _failNext = null;
                    throw once;
                }

                if (_failFor.TryGetValue(chatId, out var always))
                {
                    throw always;
                }

                Sends.Add((chatId, message, clock.GetUtcNow()));
                return Task.FromResult<string?>(Sends.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        public Task EditAsync(string chatId, string messageId, OutgoingMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task AnswerButtonAsync(string callbackId, string? notice, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<byte[]> DownloadFileAsync(string fileId, CancellationToken cancellationToken) => Task.FromResult(Array.Empty<byte>());
    }
}
