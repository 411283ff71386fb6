using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace HungYen.Bot.Tests.Outbound;

/// <summary>Point 5 of issue 16: each channel has its own pacer and its own 429 pause.</summary>
public sealed class ChannelIndependenceTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly LiteDbRecordStore _store = LiteDbRecordStore.InMemory();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task TelegramMessagesFlow_WhileZaloAnswers429ForAMinute()
    {
        var telegram = new Channel("telegram", _clock, limitedUntil: null);
        var zalo = new Channel("zalo", _clock, limitedUntil: Start + TimeSpan.FromMinutes(1));
        var sut = new OutboxDispatcher(_store, [telegram.Mock.Object, zalo.Mock.Object], _clock, Microsoft.Extensions.Options.Options.Create(new SenderOptions { MessagesPerSecond = 25, MaxParallelChats = 1 }), NullLogger<OutboxDispatcher>.Instance);
        Queue("zalo", "z1", "Thông báo Zalo 1");
        Queue("zalo", "z2", "Thông báo Zalo 2");
        Queue("telegram", "t1", "Thông báo Telegram 1");
        Queue("telegram", "t2", "Thông báo Telegram 2");

        await DrainAdvancingAsync(sut);
        Assert.Equal(2, telegram.Sent.Count);
        Assert.All(telegram.Sent, s => Assert.True(s.At - Start < TimeSpan.FromSeconds(5)));
        Assert.Empty(zalo.Sent);

        // Half a minute on, Zalo is still paused: a new Telegram message goes at once, Zalo is not even tried.
        _clock.Advance(TimeSpan.FromSeconds(30));
        var triedBefore = zalo.Attempts;
        Queue("telegram", "t1", "Thông báo Telegram 3");
        await DrainAdvancingAsync(sut);
        Assert.Equal(3, telegram.Sent.Count);
        Assert.True(telegram.Sent[2].At - _clock.GetUtcNow() < TimeSpan.FromSeconds(5));
        Assert.Equal(triedBefore, zalo.Attempts);

        // After the minute, Zalo's messages go out; nothing was lost.
        _clock.Advance(TimeSpan.FromSeconds(31));
        await DrainAdvancingAsync(sut);
        Assert.Equal(2, zalo.Sent.Count);
        Assert.All(_store.Query<OutboxMessage>(), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    private void Queue(string channel, string chat, string text)
    {
        var changes = new ChangeSet();
        changes.Send(new ChatAddress(channel, chat), new OutgoingMessage(text), _clock.GetUtcNow(), bulk: true);
        _store.Commit(changes);
    }

    private async Task DrainAdvancingAsync(OutboxDispatcher sut)
    {
        var drain = sut.DrainAsync(CancellationToken.None);
        var guard = 0;
        while (!drain.IsCompleted)
        {
            Assert.True(guard++ < 10_000, "drain never finished");
            _clock.Advance(TimeSpan.FromMilliseconds(10));
            await Task.WhenAny(drain, Task.Delay(1)); // real time for the store's writes, fake time for the pauses
        }

        await drain;
    }

    /// <summary>A channel mocked to record each send, and to answer 429 until <paramref name="limitedUntil"/>.</summary>
    private sealed class Channel
    {
        public Channel(string name, TimeProvider clock, DateTimeOffset? limitedUntil)
        {
            Mock.SetupGet(c => c.Name).Returns(name);
            Mock.SetupGet(c => c.MaxTextLength).Returns(4096);
            Mock.Setup(c => c.SendAsync(It.IsAny<string>(), It.IsAny<OutgoingMessage>(), It.IsAny<CancellationToken>()))
                .Returns((string chatId, OutgoingMessage _, CancellationToken _) =>
                {
                    lock (Sent)
                    {
                        if (limitedUntil is { } until && clock.GetUtcNow() < until)
                        {
                            // Zalo's quota 429 carries no retry_after: the channel asks for a minute.
                            throw new RateLimitedException(TimeSpan.FromMinutes(1));
                        }

                        Sent.Add((chatId, clock.GetUtcNow()));
                        return Task.FromResult<string?>("1");
                    }
                });
        }

        public Mock<IChatChannel> Mock { get; } = new();

        public List<(string ChatId, DateTimeOffset At)> Sent { get; } = [];

        public int Attempts => Mock.Invocations.Count(i => i.Method.Name == nameof(IChatChannel.SendAsync));
    }
}
