using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using LiteDB;

namespace HungYen.Bot.Tests.Storage;

/// <summary>Values computed from a record and indexed (a nomination's quota group, who the nominee is) are found by the index, old records too.</summary>
public sealed class ComputedIndexTests : IDisposable
{
    private readonly TempDatabase _database = new("hy-computed");

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Open_NominationsStoredBeforeTheComputedIndexes_AreWrittenAgainAndCountedByQuotaGroupAndNominee()
    {
        // a file written by an earlier version: nominations without the computed fields and no index on them
        var mapper = LiteDbRecordStore.CreateMapper();
        using (var old = new LiteDatabase(new ConnectionString { Filename = _database.Path, Connection = ConnectionType.Direct }, mapper))
        {
            var collection = old.GetCollection(nameof(Nomination));
            foreach (var (id, status) in new[] { ("a", NominationStatus.Submitted), ("b", NominationStatus.Approved), ("c", NominationStatus.Withdrawn) })
            {
                var document = mapper.ToDocument(new Nomination { Id = id, UnitCode = "QLKH", Award = AwardLevel.DirectorCertificate, Kind = NomineeKind.Individual, Name = "Nguyễn Văn An", BirthYear = 1980, Status = status });
                document.Remove(nameof(Nomination.QuotaGroup));
                document.Remove(nameof(Nomination.UnitQuotaGroup));
                document.Remove(nameof(Nomination.NomineeKey));
                collection.Insert(document);
            }
        }

        using var store = LiteDbRecordStore.Open(_database.Path);
        var group = Nomination.QuotaGroupOf(AwardLevel.DirectorCertificate, NomineeKind.Individual);
        var unitGroup = Nomination.UnitQuotaGroupOf("QLKH", AwardLevel.DirectorCertificate, NomineeKind.Individual);

        Assert.Equal(2, store.Count<Nomination>(n => n.QuotaGroup == group)); // the withdrawn one no longer counts
        Assert.Equal(2, store.Count<Nomination>(n => n.UnitQuotaGroup == unitGroup));
        Assert.Equal(["b"], NominationCard.Duplicates(store, store.Find<Nomination>("a")!)); // the withdrawn "c" is no duplicate
    }

    [Fact]
    public void Commit_StatusLeavesTheQuota_TheIndexFollowsTheRecord()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        var changes = new ChangeSet();
        var nomination = new Nomination { Id = "x", UnitCode = "QLKH", Award = AwardLevel.ProvincialCertificate, Kind = NomineeKind.Collective, Name = "Phòng Quản lý khoa học" };
        changes.Upsert(nomination);
        store.Commit(changes);
        var group = Nomination.QuotaGroupOf(AwardLevel.ProvincialCertificate, NomineeKind.Collective);
        Assert.Equal(1, store.Count<Nomination>(n => n.QuotaGroup == group));

        nomination.Change(NominationStatus.Withdrawn, "telegram:1", DateTimeOffset.UnixEpoch, null);
        var withdrawn = new ChangeSet();
        withdrawn.Upsert(nomination);
        store.Commit(withdrawn);

        Assert.Equal(0, store.Count<Nomination>(n => n.QuotaGroup == group));
        Assert.Equal(1, store.Count<Nomination>(n => n.NomineeKey == nomination.NomineeKey)); // still the same nominee
    }

    [Fact]
    public void Count_ByAnIndexedProperty_IsAnsweredFromTheIndexKeysWithoutReadingDocuments()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        var changes = new ChangeSet();
        for (var i = 0; i < 30; i++)
        {
            changes.Upsert(new Nomination { Id = $"n{i}", UnitCode = i % 2 == 0 ? "QLKH" : "TTTT", Award = AwardLevel.DirectorCertificate, Kind = i < 20 ? NomineeKind.Individual : NomineeKind.Collective, Name = $"Người {i}" });
        }

        store.Commit(changes);
        var group = Nomination.QuotaGroupOf(AwardLevel.DirectorCertificate, NomineeKind.Individual);
        var unitGroup = Nomination.UnitQuotaGroupOf("QLKH", AwardLevel.DirectorCertificate, NomineeKind.Individual);
        string? none = null;

        Assert.Equal(20, store.Count<Nomination>(n => n.QuotaGroup == group));
        Assert.Equal(10, store.Count<Nomination>(n => n.UnitQuotaGroup == unitGroup));
        Assert.Equal(0, store.Count<Nomination>(n => n.QuotaGroup == none));
        Assert.Equal(20, store.Count<Nomination>(n => n.Kind == NomineeKind.Individual)); // not a string index: read as before

        using var db = new LiteDatabase(new MemoryStream(), LiteDbRecordStore.CreateMapper());
        var plain = db.GetCollection(nameof(Nomination));
        plain.EnsureIndex(nameof(Nomination.QuotaGroup), "$." + nameof(Nomination.QuotaGroup));
        plain.Insert(LiteDbRecordStore.CreateMapper().ToDocument(new Nomination { Id = "x", Award = AwardLevel.DirectorCertificate, Kind = NomineeKind.Individual }));
        Assert.Equal("index", IndexedCount.Plan(plain, nameof(Nomination.QuotaGroup), group)["lookup"]["loader"].AsString);
    }
}
