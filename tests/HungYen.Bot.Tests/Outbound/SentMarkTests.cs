using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace HungYen.Bot.Tests.Outbound;

/// <summary>
/// The sent mark is applied by the store to the message as stored (its status fields alone), on a LiteDB file: an
/// erasure committed while the message is on its way is not undone by the mark, an erasure that read the message as
/// pending does not reopen it once sent, and a message closed or deleted meanwhile stays so.
/// </summary>
public sealed class SentMarkTests : IDisposable
{
    private const string Original = "Họ tên: Nguyễn Văn An, điện thoại 0912345678";
    private const string Erased = "Họ tên: [đã xoá]";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
    private readonly TempDatabase _database = new("hy-sent-mark");
    private readonly HookedChannel _channel = new();
    private LiteDbRecordStore _store;

    public SentMarkTests() => _store = LiteDbRecordStore.Open(_database.Path, _clock);

    public void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task Drain_ErasureCommittedWhileTheMessageIsSent_IsNotUndoneByItsSentMark()
    {
        var id = Queue("a", Original);
        _channel.DuringSend = () => Rewrite(id, Erased); // the person erases their data while the send is under way

        await DrainWhileAdvancingAsync(CreateSut());

        var stored = _store.Find<OutboxMessage>(id)!;
        Assert.Equal((OutboxStatus.Sent, Erased), (stored.Status, stored.Text));
        Assert.NotNull(stored.SentAt);
    }

    [Fact]
    public async Task Erasure_ThatReadTheMessageAsPending_DoesNotReopenItOnceSent()
    {
        var id = Queue("a", Original);
        var readByTheErasure = _store.Find<OutboxMessage>(id)!; // pending when the erasure reads it
        var sut = CreateSut();
        await DrainWhileAdvancingAsync(sut);

        readByTheErasure.Text = Erased;
        var erasure = new ChangeSet();
        erasure.Upsert(readByTheErasure);
        _store.Commit(erasure);
        await DrainWhileAdvancingAsync(sut);
        Reopen();
        await DrainWhileAdvancingAsync(CreateSut());

        var sent = Assert.Single(_channel.Sends);
        Assert.Equal(Original, sent.Text);
        var stored = _store.Find<OutboxMessage>(id)!;
        Assert.Equal((OutboxStatus.Sent, Erased), (stored.Status, stored.Text));
    }

    [Fact]
    public void RecordDelivery_MessageClosedOrDeletedMeanwhile_StaysAsThatCommitLeftIt()
    {
        var closed = Queue("a", "Tin đã huỷ");
        var deleted = Queue("b", "Tin đã xoá");
        var dispatcherCopies = _store.Query<OutboxMessage>();
        var other = new ChangeSet();
        var closing = _store.Find<OutboxMessage>(closed)!;
        closing.Status = OutboxStatus.Failed;
        other.Upsert(closing);
        other.Delete<OutboxMessage>(deleted);
        _store.Commit(other);

        var marks = new ChangeSet();
        foreach (var copy in dispatcherCopies)
        {
            copy.Status = OutboxStatus.Sent;
            marks.RecordDelivery(copy);
        }

        _store.Commit(marks);
        Reopen();

        Assert.Equal(OutboxStatus.Failed, _store.Find<OutboxMessage>(closed)!.Status);
        Assert.Null(_store.Find<OutboxMessage>(deleted));
    }

    [Fact]
    public async Task SentMarks_AfterARestart_AreKeptAndNothingIsSentAgain()
    {
        Queue("a", "Tin một");
        Queue("a", "Tin hai");
        Queue("b", "Tin ba");
        await DrainWhileAdvancingAsync(CreateSut());
        var pendingAfterReopen = new List<OutboxMessage>();

        Reopen();
        _store.Follow(pendingAfterReopen.AddRange);
        await DrainWhileAdvancingAsync(CreateSut());

        Assert.Equal(3, _channel.Sends.Count);
        Assert.Empty(pendingAfterReopen);
        Assert.All(_store.Query<OutboxMessage>(), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public void PendingMessages_AfterRestarts_AreFoundFromTheOldestStillPending()
    {
        var ids = new[] { Queue("a", "Tin một"), Queue("b", "Tin hai"), Queue("c", "Tin ba") };
        MarkSent(ids[0], ids[2]);
        Reopen();
        Assert.Equal([ids[1]], PendingAtStart());

        var fourth = Queue("d", "Tin bốn");
        Reopen();
        Assert.Equal([ids[1], fourth], PendingAtStart());

        MarkSent(ids[1]);
        Reopen();
        Assert.Equal([fourth], PendingAtStart());
    }

    [Fact]
    public void DatabaseOfAnEarlierVersion_ItsStatusIndexIsDroppedAndItsPendingMessagesFound()
    {
        var ids = new[] { Queue("a", "Tin một"), Queue("b", "Tin hai") };
        MarkSent(ids[0]);
        _store.Dispose();
        using (var db = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = _database.Path, Connection = LiteDB.ConnectionType.Direct }))
        {
            db.GetCollection(nameof(OutboxMessage)).EnsureIndex("Status", "$.Status"); // as the bot before issue 20's sent mark kept it
            db.GetCollection("sequences").Delete("outbox-pending-from");
        }

        _store = LiteDbRecordStore.Open(_database.Path, _clock);

        Assert.Equal([ids[1]], PendingAtStart());
        _store.Dispose();
        using (var check = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = _database.Path, Connection = LiteDB.ConnectionType.Direct }))
        {
            Assert.DoesNotContain(check.GetCollection("$indexes").FindAll(), i => i["collection"] == nameof(OutboxMessage) && i["name"] == "Status");
        }

        _store = LiteDbRecordStore.Open(_database.Path, _clock);
    }

    private List<string> PendingAtStart()
    {
        var pending = new List<string>();
        _store.Follow(messages => pending.AddRange(messages.Where(m => m.Status == OutboxStatus.Pending).Select(m => m.Id)));
        return pending;
    }

    private void MarkSent(params string[] ids)
    {
        var marks = new ChangeSet();
        foreach (var id in ids)
        {
            var message = _store.Find<OutboxMessage>(id)!;
            message.Status = OutboxStatus.Sent;
            message.SentAt = _clock.GetUtcNow();
            marks.RecordDelivery(message);
        }

        _store.Commit(marks);
    }

    private void Reopen()
    {
        _store.Dispose();
        _store = LiteDbRecordStore.Open(_database.Path, _clock);
    }

    private void Rewrite(string id, string text)
    {
        var message = _store.Find<OutboxMessage>(id)!;
        message.Text = text;
        var changes = new ChangeSet();
        changes.Upsert(message);
        _store.Commit(changes);
    }

    private OutboxDispatcher CreateSut() =>
        new(_store, [_channel], _clock, Microsoft.Extensions.Options.Options.Create(new SenderOptions { MessagesPerSecond = 25, MaxParallelChats = 4, MaxAttempts = 5, BulkIntervalPerChatSeconds = 1 }), NullLogger<OutboxDispatcher>.Instance);

    private string Queue(string chat, string text)
    {
        var changes = new ChangeSet();
        changes.Send(new ChatAddress("test", chat), new OutgoingMessage(text), _clock.GetUtcNow(), bulk: false);
        _store.Commit(changes);
        return changes.Outbox[0].Id;
    }

    private async Task DrainWhileAdvancingAsync(OutboxDispatcher sut)
    {
        var drain = sut.DrainAsync(CancellationToken.None);
        var guard = System.Diagnostics.Stopwatch.StartNew(); // by the wall clock: commits to a file on a loaded machine take a while
        while (!drain.IsCompleted)
        {
            Assert.True(guard.Elapsed < TimeSpan.FromSeconds(30), "drain never finished");
            _clock.Advance(TimeSpan.FromMilliseconds(10));
            await Task.Yield();
        }

        await drain;
    }

    /// <summary>A channel that runs <see cref="DuringSend"/> once, inside the first send, as another turn's commit would land.</summary>
    private sealed class HookedChannel : IChatChannel
    {
        public List<OutgoingMessage> Sends { get; } = [];

        public Action? DuringSend { get; set; }

        public string Name => "test";

        public int MaxTextLength => 4096;

        public Task<string?> SendAsync(string chatId, OutgoingMessage message, CancellationToken cancellationToken)
        {
            var hook = DuringSend;
            DuringSend = null;
            hook?.Invoke();
            lock (Sends)
            {
                Sends.Add(message);
                return Task.FromResult<string?>(Sends.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        public Task EditAsync(string chatId, string messageId, OutgoingMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task AnswerButtonAsync(string callbackId, string? notice, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<byte[]> DownloadFileAsync(string fileId, CancellationToken cancellationToken) => Task.FromResult(Array.Empty<byte>());
    }
}
