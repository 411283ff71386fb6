using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Privacy;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;

namespace HungYen.Bot.Tests.Storage;

/// <summary>Issue 20: a record read by id on every turn is read from LiteDB once, and never outlives a commit that changed it.</summary>
public sealed class RecentDocumentsTests : IDisposable
{
    private readonly TempDatabase _database = new("hy-recent");

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Find_TheSameRecordAgain_IsNotReadFromTheFileAgain_EvenWhenMissing()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        Commit(store, new Consent { Id = "telegram:1", Version = "v1" });
        var reads = store.Activity.Reads;

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("v1", store.Find<Consent>("telegram:1")!.Version);
            Assert.Null(store.Find<Consent>("telegram:2"));
        }

        Assert.Equal(reads + 2, store.Activity.Reads);
    }

    [Fact]
    public void Find_AfterACommitChangedOrDeletedIt_SeesTheCommit_AndEachCallerGetsItsOwnCopy()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        var session = new ConversationSession { Id = "telegram:1", Flow = "nomination", State = "Name" };
        Commit(store, session);
        Assert.Equal("Name", store.Find<ConversationSession>("telegram:1")!.State);

        session.State = "Gender";
        session.Draft["details"] = "{\"Name\":\"Nguyễn Văn An\"}";
        session.UpdatedAt = new DateTimeOffset(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);
        Commit(store, session);
        var found = store.Find<ConversationSession>("telegram:1")!;
        Assert.Equal("Gender", found.State);
        Assert.Equal("{\"Name\":\"Nguyễn Văn An\"}", found.Draft["details"]);
        Assert.Equal(session.UpdatedAt, found.UpdatedAt);

        found.State = "changed by a turn that never commits";
        Assert.Equal("Gender", store.Find<ConversationSession>("TELEGRAM:1")!.State); // as LiteDB finds ids, ignoring case

        var delete = new ChangeSet();
        delete.Delete<ConversationSession>("telegram:1");
        store.Commit(delete);
        Assert.Null(store.Find<ConversationSession>("telegram:1"));
    }

    [Fact]
    public void Find_AfterACommitThatFailed_SeesWhatIsStored()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        Commit(store, new Consent { Id = "telegram:1", Version = "v1" });
        Assert.Equal("v1", store.Find<Consent>("telegram:1")!.Version);

        var failing = new ChangeSet();
        failing.Upsert(new Consent { Id = "telegram:1", Version = "v2" });
        failing.Upsert(new Consent { Id = new string('x', 2000) }); // LiteDB refuses an index key over 1023 bytes
        Assert.ThrowsAny<Exception>(() => store.Commit(failing));

        Assert.Equal("v1", store.Find<Consent>("telegram:1")!.Version);
    }

    [Fact]
    public async Task Find_WhileOthersCommit_NeverReturnsAnOlderVersionThanTheLastCommitted()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        Commit(store, new Consent { Id = "telegram:1", Version = "0" });
        var committed = 0;
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var before = Volatile.Read(ref committed);
                var seen = int.Parse(store.Find<Consent>("telegram:1")!.Version!, System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(seen >= before, $"read version {seen} after version {before} was committed");
            }
        })).ToList();

        for (var i = 1; i <= 300; i++)
        {
            Commit(store, new Consent { Id = "telegram:1", Version = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            Volatile.Write(ref committed, i);
        }

        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.Equal("300", store.Find<Consent>("telegram:1")!.Version);
    }

    private static void Commit(LiteDbRecordStore store, HungYen.Bot.Core.Storage.Record record)
    {
        var changes = new ChangeSet();
        changes.Upsert(record);
        store.Commit(changes);
    }
}
