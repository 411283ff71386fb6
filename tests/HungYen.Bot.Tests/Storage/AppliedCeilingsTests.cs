using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using LiteDB;
using Microsoft.Extensions.Time.Testing;

namespace HungYen.Bot.Tests.Storage;

/// <summary>Issue 20: the applied-update check answers a new update without a read, and never calls an applied one new.</summary>
public sealed class AppliedCeilingsTests : IDisposable
{
    private readonly TempDatabase _database = new("hy-applied");

    public void Dispose() => _database.Dispose();

    [Fact]
    public void NewUpdate_IsAnsweredWithoutARead_AndAnAppliedOneIsStillApplied()
    {
        using (var store = LiteDbRecordStore.Open(_database.Path))
        {
            Apply(store, "telegram:100");
            var reads = store.Activity.Reads;

            Assert.False(store.WasProcessed("telegram:101"));
            Assert.False(store.WasProcessed("telegram:99999999"));
            Assert.Equal(reads, store.Activity.Reads);

            Assert.True(store.WasProcessed("telegram:100"));
            Assert.False(store.WasProcessed("telegram:99")); // under the floor: read
            Assert.Equal(reads + 2, store.Activity.Reads);
        }

        // After a restart the floor is the one written, up to a margin ahead: keys within it are read, those above are not.
        using var reopened = LiteDbRecordStore.Open(_database.Path);
        var before = reopened.Activity.Reads;
        Assert.True(reopened.WasProcessed("telegram:100"));
        Assert.False(reopened.WasProcessed("telegram:101"));
        Assert.Equal(before + 2, reopened.Activity.Reads);
        Assert.False(reopened.WasProcessed($"telegram:{100 + AppliedCeilings.Margin + 1}"));
        Assert.Equal(before + 2, reopened.Activity.Reads);
    }

    [Fact]
    public void EveryAppliedKey_IsApplied_WithinTheMarginAndAcrossRestarts()
    {
        var applied = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            using var store = LiteDbRecordStore.Open(_database.Path);
            Assert.All(applied, key => Assert.True(store.WasProcessed(key), key));
            for (var i = 0; i < 700; i += 7)
            {
                var key = $"telegram:{(round * 700) + i + 1}";
                Assert.False(store.WasProcessed(key));
                Apply(store, key);
                Assert.True(store.WasProcessed(key));
                applied.Add(key);
            }

            Apply(store, $"job:{round + 1}", $"web:p{round}:1", $"console:{round}:1");
            applied.AddRange([$"job:{round + 1}", $"web:p{round}:1", $"console:{round}:1"]);
        }

        using var last = LiteDbRecordStore.Open(_database.Path);
        Assert.All(applied, key => Assert.True(last.WasProcessed(key), key));
    }

    [Fact]
    public void KeysOfATransactionRolledBack_AreNotApplied_AndRaiseNothing()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        Apply(store, "telegram:10");
        var failing = new ChangeSet { ProcessedUpdateKey = "telegram:5000" };
        failing.Upsert(new FailedUpdate { Id = "f" });
        failing.SaveFile(new StoredFile("file", "a.pdf", null!)); // fails inside the transaction, which is rolled back
        Assert.ThrowsAny<Exception>(() => store.Commit(failing));
        Assert.Null(store.Find<FailedUpdate>("f"));

        var reads = store.Activity.Reads;
        Assert.False(store.WasProcessed("telegram:5000"));
        Assert.Equal(reads, store.Activity.Reads);
    }

    [Fact]
    public void DatabaseOfAnEarlierVersion_ItsAppliedKeysAreReadOnceAtOpen()
    {
        using (var store = LiteDbRecordStore.Open(_database.Path))
        {
            Apply(store, "telegram:41", "telegram:42", "zalo:7");
        }

        using (var db = new LiteDatabase(new ConnectionString { Filename = _database.Path, Connection = ConnectionType.Direct }))
        {
            Assert.True(db.GetCollection("sequences").Delete(AppliedCeilings.DocumentKey)); // as an earlier version left it
        }

        using var reopened = LiteDbRecordStore.Open(_database.Path);
        Assert.True(reopened.WasProcessed("telegram:41"));
        Assert.True(reopened.WasProcessed("telegram:42"));
        Assert.True(reopened.WasProcessed("zalo:7"));
        var reads = reopened.Activity.Reads;
        Assert.False(reopened.WasProcessed("telegram:43"));
        Assert.Equal(reads, reopened.Activity.Reads);
    }

    [Fact]
    public void NumbersStartingAgainLower_AreReadUntilTheNextOpening_WhichFollowsTheNewNumbers()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        using (var store = LiteDbRecordStore.Open(_database.Path, clock))
        {
            Apply(store, "telegram:900000");
            clock.Advance(TimeSpan.FromDays(8));
            Apply(store, "telegram:1000"); // Telegram numbering again from a random lower value after a quiet week
            Assert.True(store.WasProcessed("telegram:1000"));
            Assert.True(store.WasProcessed("telegram:900000"));
        }

        using var reopened = LiteDbRecordStore.Open(_database.Path);
        Assert.True(reopened.WasProcessed("telegram:1000"));
        Assert.True(reopened.WasProcessed("telegram:900000"));
        var reads = reopened.Activity.Reads;
        Assert.False(reopened.WasProcessed("telegram:1001"));
        Assert.False(reopened.WasProcessed("telegram:899999"));
        Assert.Equal(reads, reopened.Activity.Reads);
        Assert.False(reopened.WasProcessed("telegram:900001")); // above the old numbers: read
        Assert.Equal(reads + 1, reopened.Activity.Reads);
    }

    [Fact]
    public void SameNewKeyTwiceInOneGroup_BothChangeSetsAreStored()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        var first = new ChangeSet { ProcessedUpdateKey = "telegram:7" };
        first.Upsert(new FailedUpdate { Id = "a" });
        var second = new ChangeSet { ProcessedUpdateKey = "telegram:7" };
        second.Upsert(new FailedUpdate { Id = "b" });

        Assert.All(store.CommitAll([first, second]), Assert.Null); // a new key is inserted; the second insert fails the group, retried one by one
        Assert.True(store.WasProcessed("telegram:7"));
        Assert.NotNull(store.Find<FailedUpdate>("a"));
        Assert.NotNull(store.Find<FailedUpdate>("b"));
    }

    private static void Apply(LiteDbRecordStore store, params string[] keys)
    {
        var changes = keys.Select(k => new ChangeSet { ProcessedUpdateKey = k }).ToList();
        foreach (var (change, i) in changes.Select((c, i) => (c, i)))
        {
            change.Upsert(new FailedUpdate { Id = $"{change.ProcessedUpdateKey}-{i}" });
        }

        Assert.All(store.CommitAll(changes), Assert.Null);
    }
}
