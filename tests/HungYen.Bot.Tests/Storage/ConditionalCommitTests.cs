using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Privacy;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Storage;

/// <summary>
/// Issue 14: a change set may say which records it was based on and the store's stamp when it read them; the store refuses
/// all of it if one of them was written or deleted since, before writing anything of it, and writes the others of its group.
/// </summary>
public sealed class ConditionalCommitTests : IDisposable
{
    private const string Id = "DB-0001";
    private readonly TempDatabase _database = new("hy-conditional");

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Commit_BasedOnAStaleVersion_Refused_NothingOfItStored_TheAnswerStays()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        Store(store, Delegate("Trưởng phòng"));

        // The import reads the delegate, then the delegate answers, then the import commits what it read, changed.
        var stamp = store.WriteStamp;
        var read = store.Find<Delegate>(Id)!;
        var answer = store.Find<Delegate>(Id)!;
        answer.Status = RsvpStatus.Attending;
        Store(store, answer);

        read.Position = "Giám đốc";
        var import = new ChangeSet { ProcessedUpdateKey = "job:1" };
        import.Upsert(read);
        import.Upsert(new Consent { Id = "telegram:7", Version = "v" });
        import.Enqueue(OutboxMessage.For(new ChatAddress("telegram", "7"), new OutgoingMessage("Kết quả nhập danh sách"), DateTimeOffset.UnixEpoch));
        import.SaveFile(new StoredFile("out/pack", "Giấy mời.zip", [1, 2, 3]));
        import.ExpectWrittenUnchangedSince(stamp);
        var refused = Assert.Throws<RecordsChangedException>(() => store.Commit(import));

        Assert.True(refused.Includes<Delegate>(Id));
        Assert.False(refused.Includes<Consent>("telegram:7")); // new: nobody wrote it
        var kept = store.Find<Delegate>(Id)!;
        Assert.Equal(RsvpStatus.Attending, kept.Status);
        Assert.Equal("Trưởng phòng", kept.Position);
        Assert.Null(store.Find<Consent>("telegram:7"));
        Assert.Empty(store.Query<OutboxMessage>());
        Assert.Null(store.ReadFile("out/pack"));
        Assert.False(store.WasProcessed("job:1"));

        // Read again after the answer, applied again: stored, with the answer.
        stamp = store.WriteStamp;
        var again = store.Find<Delegate>(Id)!;
        again.Position = "Giám đốc";
        var retry = new ChangeSet();
        retry.Upsert(again);
        retry.ExpectWrittenUnchangedSince(stamp);
        store.Commit(retry);
        Assert.Equal((RsvpStatus.Attending, "Giám đốc"), (store.Find<Delegate>(Id)!.Status, store.Find<Delegate>(Id)!.Position));
    }

    [Fact]
    public void Commit_ExpectedRecordDeletedSince_Refused_NotWrittenBack()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        Store(store, Delegate("Trưởng phòng"));
        var stamp = store.WriteStamp;
        var read = store.Find<Delegate>(Id)!;
        var erase = new ChangeSet();
        erase.Delete<Delegate>(Id);
        store.Commit(erase);

        var stale = new ChangeSet();
        stale.Upsert(read);
        stale.Expect<Delegate>(Id, stamp);

        Assert.Throws<RecordsChangedException>(() => store.Commit(stale));
        Assert.Null(store.Find<Delegate>(Id));
    }

    [Fact]
    public async Task Commit_InOneGroup_TheStaleOneRefused_TheOthersStoredInOneTransaction()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        Store(store, Delegate("Trưởng phòng"));
        var stamp = store.WriteStamp;
        var read = store.Find<Delegate>(Id)!;
        var answer = store.Find<Delegate>(Id)!;
        answer.Status = RsvpStatus.Declined;

        // The writer is held before it takes the queue, so that all four change sets are written as one group.
        using var holding = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var groups = new List<int>();
        store.BeforeGroup = () =>
        {
            if (!holding.IsSet)
            {
                holding.Set();
                release.Wait();
            }
        };
        store.WritingGroup = g => groups.Add(g.Count);
        var transactions = store.Activity.Transactions;

        var first = Task.Run(() => store.Commit(Consent("telegram:1")));
        holding.Wait();
        var answered = Queued(store, 2, () => store.Commit(Changes("telegram:2", answer)));
        read.Position = "Giám đốc";
        var staleChanges = Changes("telegram:3", read);
        staleChanges.Expect<Delegate>(Id, stamp);
        var stale = Queued(store, 3, () => store.Commit(staleChanges));
        var other = Queued(store, 4, () => store.Commit(Consent("telegram:4")));
        release.Set();

        await first;
        await answered;
        await other;
        var refusal = await Assert.ThrowsAsync<RecordsChangedException>(() => stale);
        Assert.True(refusal.Includes<Delegate>(Id));
        Assert.Equal([4], groups); // the first change set waited in the queue with the others
        Assert.Equal(1, store.Activity.Transactions - transactions);
        Assert.Equal(RsvpStatus.Declined, store.Find<Delegate>(Id)!.Status);
        Assert.Equal("Trưởng phòng", store.Find<Delegate>(Id)!.Position);
        Assert.All(new[] { "telegram:1", "telegram:2", "telegram:4" }, key => Assert.True(store.WasProcessed(key)));
        Assert.False(store.WasProcessed("telegram:3"));
        Assert.NotNull(store.Find<Consent>("telegram:1"));
        Assert.NotNull(store.Find<Consent>("telegram:4"));
    }

    [Fact]
    public void Commit_RecordsUnchangedSinceTheStamp_Stored_WhateverElseWasWritten()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        Store(store, Delegate("Trưởng phòng"));
        var stamp = store.WriteStamp;
        var read = store.Find<Delegate>(Id)!;
        store.Commit(Consent("telegram:9")); // another record moves: no matter

        read.Position = "Giám đốc";
        var changes = new ChangeSet();
        changes.Upsert(read);
        changes.Upsert(new Delegate { Id = "DB-0002", FullName = "Trần Văn Bình" });
        changes.ExpectWrittenUnchangedSince(stamp);
        store.Commit(changes);

        Assert.Equal("Giám đốc", store.Find<Delegate>(Id)!.Position);
        Assert.NotNull(store.Find<Delegate>("DB-0002"));
    }

    [Fact]
    public void RecordWrites_PastItsCapacity_AnExpectationOlderThanWhatItForgot_Refused_ANewerOneAdmitted()
    {
        var writes = new RecordWrites(capacity: 3);
        var stamp = writes.Stamp;
        for (var i = 0; i < 6; i++)
        {
            writes.Stored([Changes($"k{i}", new Delegate { Id = $"DB-{i}" })]);
        }

        var old = new ChangeSet();
        old.Expect<Delegate>("DB-9", stamp); // never written, but written before the stamp cannot be told any more
        var recent = new ChangeSet();
        recent.Expect<Delegate>("DB-5", writes.Stamp);
        var refused = new List<int>();

        var admitted = writes.Admit([old, recent], (i, _) => refused.Add(i));

        Assert.Equal([0], refused);
        Assert.Same(recent, Assert.Single(admitted));
    }

    [Fact]
    public void RecordWrites_NoneOfATypeSinceTheRead_RefusedByAnyWriteOfThatType_InTheStoreOrEarlierInTheGroup()
    {
        // The seats counted by two answers read at the same stamp: the first stored takes its seat, the second is refused.
        var writes = new RecordWrites(capacity: 100);
        var stamp = writes.Stamp;
        var first = Counting(stamp, "k1", new Delegate { Id = "DB-1" });
        var second = Counting(stamp, "k2", new Delegate { Id = "DB-2" });
        var other = Counting(stamp, "k3", new Consent { Id = "telegram:3", Version = "v" });
        var unrelated = new ChangeSet { ProcessedUpdateKey = "k4", ReadStamp = stamp };
        unrelated.Upsert(new Consent { Id = "telegram:4", Version = "v" });
        unrelated.ExpectNoneWrittenSinceRead<Consent>();
        var refused = new List<int>();

        var admitted = writes.Admit([first, second, other, unrelated], (i, _) => refused.Add(i));

        Assert.Equal([1, 3], refused); // the second Delegate, and the Consent after another Consent in the group
        Assert.Equal([first, other], admitted);
        writes.Stored(admitted);

        refused.Clear();
        var late = Counting(stamp, "k5", new Delegate { Id = "DB-5" }); // read before the first was stored
        var fresh = Counting(writes.Stamp, "k6", new Delegate { Id = "DB-6" }); // read after
        Assert.Equal([fresh], writes.Admit([late, fresh], (i, _) => refused.Add(i)));
        Assert.Equal([0], refused);
    }

    [Fact]
    public void ExpectNoneWritten_WithoutAReadStamp_ExpectsNothing_AndOnceOnly()
    {
        var byHand = new ChangeSet();
        byHand.ExpectNoneWrittenSinceRead<Delegate>();
        Assert.Empty(byHand.Expected);

        var turn = new ChangeSet { ReadStamp = 7 };
        turn.ExpectNoneWrittenSinceRead<Delegate>();
        turn.ExpectNoneWrittenSinceRead<Delegate>();
        Assert.Equal([new ExpectedRecord(typeof(Delegate), null, 7)], turn.Expected);
    }

    private static ChangeSet Counting<T>(long stamp, string key, T record)
        where T : HungYen.Bot.Core.Storage.Record
    {
        var changes = new ChangeSet { ProcessedUpdateKey = key, ReadStamp = stamp };
        changes.Upsert(record);
        changes.ExpectNoneWrittenSinceRead<T>();
        return changes;
    }

    private static Delegate Delegate(string position) => new() { Id = Id, FullName = "Nguyễn Văn An", Position = position, Phone = "0912000000" };

    private static void Store(LiteDbRecordStore store, Delegate @delegate)
    {
        var changes = new ChangeSet();
        changes.Upsert(@delegate);
        store.Commit(changes);
    }

    private static ChangeSet Consent(string key)
    {
        var changes = new ChangeSet { ProcessedUpdateKey = key };
        changes.Upsert(new Consent { Id = key, Version = "v" });
        return changes;
    }

    private static ChangeSet Changes(string key, Delegate @delegate)
    {
        var changes = new ChangeSet { ProcessedUpdateKey = key };
        changes.Upsert(@delegate);
        return changes;
    }

    /// <summary>Commits on another thread and returns once the change set waits in the writer's queue, as the <paramref name="count"/>th.</summary>
    private static Task Queued(LiteDbRecordStore store, int count, Action commit)
    {
        var task = Task.Run(commit);
        SpinWait.SpinUntil(() => store.QueuedUpdateKeys().Count >= count, TimeSpan.FromSeconds(10));
        Assert.Equal(count, store.QueuedUpdateKeys().Count);
        return task;
    }
}
