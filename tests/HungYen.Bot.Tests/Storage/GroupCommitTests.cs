using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Privacy;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;

namespace HungYen.Bot.Tests.Storage;

/// <summary>Commits that arrive together share one transaction, and each caller still learns its own outcome.</summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly TempDatabase _database = new("hy-group");

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Commit_ManyAtOnce_EachReturnsOnlyOnceItsChangesAreStored_AndTheOutboxKeepsOneSequence()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        var seenAtReturn = new bool[400];

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var changes = new ChangeSet { ProcessedUpdateKey = $"telegram:{i}" };
            changes.Upsert(new Consent { Id = $"telegram:{i}", Version = "v" });
            changes.Enqueue(OutboxMessage.For(new ChatAddress("telegram", i.ToString(System.Globalization.CultureInfo.InvariantCulture)), new OutgoingMessage($"Trả lời {i}"), DateTimeOffset.UnixEpoch));
            store.Commit(changes);
            seenAtReturn[i] = store.Find<Consent>($"telegram:{i}") is not null && store.WasProcessed($"telegram:{i}");
        });

        Assert.All(seenAtReturn, Assert.True);
        var sequences = store.Query<OutboxMessage>().Select(m => m.Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 400).Select(i => (long)i), sequences);
    }

    [Fact]
    public void Commit_OneChangeSetCannotBeStored_OnlyItsCallerFails_TheOthersInItsGroupAreStored()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        var failures = new System.Collections.Concurrent.ConcurrentBag<int>();

        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var changes = new ChangeSet();
            changes.Upsert(new Consent { Id = $"telegram:{i}", Version = "v" });
            if (i % 8 == 3)
            {
                changes.Upsert(new Consent { Id = new string('x', 2000) }); // LiteDB refuses an index key over 1023 bytes
            }

            try
            {
                store.Commit(changes);
            }
            catch (Exception)
            {
                failures.Add(i);
            }
        });

        Assert.Equal(Enumerable.Range(0, 64).Where(i => i % 8 == 3), failures.Order());
        Assert.All(Enumerable.Range(0, 64), i => Assert.Equal(i % 8 != 3, store.Find<Consent>($"telegram:{i}") is not null));
    }

    [Fact]
    public void Query_CapturedEnumsAndValues_MatchAsWritten()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        var changes = new ChangeSet();
        foreach (var (id, award, kind, unit) in new[] { ("a", AwardLevel.DirectorCertificate, NomineeKind.Individual, "QLKH"), ("b", AwardLevel.ProvincialCertificate, NomineeKind.Individual, "QLKH"), ("c", AwardLevel.DirectorCertificate, NomineeKind.Collective, "TTTT") })
        {
            changes.Upsert(new Nomination { Id = id, Award = award, Kind = kind, UnitCode = unit, Name = id });
        }

        store.Commit(changes);
        var wanted = AwardLevel.DirectorCertificate;
        var holder = new { Kind = NomineeKind.Individual, Unit = "QLKH" };

        Assert.Equal(["a"], store.Query<Nomination>(n => n.Award == wanted && n.Kind == holder.Kind).Select(n => n.Id));
        Assert.Equal(2, store.Count<Nomination>(n => n.UnitCode == holder.Unit));
        Assert.Equal(["c"], store.Query<Nomination>(n => n.Kind != holder.Kind).Select(n => n.Id));
    }
}
