using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Privacy;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;

namespace HungYen.Bot.Tests.Storage;

/// <summary>Issue 20: a quota count asked again in the same review is not counted again, and never outlives a commit of a nomination.</summary>
public sealed class RecentCountsTests : IDisposable
{
    private static readonly string Group = Nomination.QuotaGroupOf(AwardLevel.DirectorCertificate, NomineeKind.Individual);
    private readonly TempDatabase _database = new("hy-counts");

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Count_AskedAgainWithoutACommit_IsNotReadAgain_AndEveryCommitOfTheTypeIsCounted()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        Commit(store, Nominee("n1"), Nominee("n2"));
        var reads = store.Activity.Reads;

        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(2, store.Count<Nomination>(n => n.QuotaGroup == Group));
        }

        Assert.Equal(reads + 1, store.Activity.Reads);

        Commit(store, Nominee("n3"));
        Assert.Equal(3, store.Count<Nomination>(n => n.QuotaGroup == Group));

        var withdrawn = store.Find<Nomination>("n1")!;
        withdrawn.Status = NominationStatus.Withdrawn; // no longer counts towards the quota
        Commit(store, withdrawn);
        Assert.Equal(2, store.Count<Nomination>(n => n.QuotaGroup == Group));

        var deleted = new ChangeSet();
        deleted.Delete<Nomination>("n2");
        store.Commit(deleted);
        Assert.Equal(1, store.Count<Nomination>(n => n.QuotaGroup == Group));

        Commit(store, new Consent { Id = "telegram:1", Version = "v1" }); // another record type: the count still holds
        reads = store.Activity.Reads;
        Assert.Equal(1, store.Count<Nomination>(n => n.QuotaGroup == Group));
        Assert.Equal(reads, store.Activity.Reads);
    }

    [Fact]
    public async Task Count_WhileOtherThreadsCommitNominations_NeverMissesACommitItsCallerSawReturn()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        const int Writers = 4;
        const int Each = 60;
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < Each; i++)
            {
                var before = store.Count<Nomination>(n => n.QuotaGroup == Group);
                Commit(store, Nominee($"w{w}-{i}"));
                var after = store.Count<Nomination>(n => n.QuotaGroup == Group);
                Assert.True(after >= before + 1 && after >= (i + 1), $"a count after its own commit missed it: {before} then {after}");
            }
        })).ToList();

        await Task.WhenAll(writers);

        Assert.Equal(Writers * Each, store.Count<Nomination>(n => n.QuotaGroup == Group));
    }

    private static Nomination Nominee(string id) =>
        new() { Id = id, UnitCode = "QLKH", Award = AwardLevel.DirectorCertificate, Kind = NomineeKind.Individual, Name = $"Người {id}", Status = NominationStatus.Submitted };

    private static void Commit(LiteDbRecordStore store, params Core.Storage.Record[] records)
    {
        var changes = new ChangeSet();
        foreach (var record in records)
        {
            changes.Upsert(record);
        }

        store.Commit(changes);
    }
}
