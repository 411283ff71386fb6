using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using LiteDB;
using Record = HungYen.Bot.Core.Storage.Record;

namespace HungYen.Bot.Tests.Storage;

/// <summary>
/// LiteDB fails a read of a collection that another transaction is creating at that moment ("page type must be
/// collection page", LiteDB issue 2792; seen here in CI as a test read a person's reachability while the bot wrote the
/// first one). The store creates every record type's collection when it opens, so no collection is ever created later.
/// </summary>
public sealed class CollectionsAtStartTests : IDisposable
{
    private readonly TempDatabase _database = new("hy-collections");

    public void Dispose() => _database.Dispose();

    [Fact]
    public void OpeningAFreshStore_CreatesEveryRecordTypesCollection_Empty()
    {
        LiteDbRecordStore.Open(_database.Path).Dispose();

        using var db = new LiteDatabase(new ConnectionString { Filename = _database.Path, Connection = ConnectionType.Direct });
        var names = db.GetCollectionNames().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var recordTypes = typeof(Record).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Record)) && !t.IsAbstract).Select(t => t.Name).ToList();
        Assert.NotEmpty(recordTypes);
        Assert.All(recordTypes, name => Assert.Contains(name, names));
        Assert.Equal(0, db.GetCollection(nameof(Reachability)).Count()); // the probe that created it is gone
    }

    [Fact]
    public void OpeningAgain_LeavesTheRecordsAsTheyWere()
    {
        using (var store = LiteDbRecordStore.Open(_database.Path))
        {
            var changes = new ChangeSet();
            changes.Upsert(new Reachability { Id = "telegram:1", Unreachable = true });
            store.Commit(changes);
        }

        using var again = LiteDbRecordStore.Open(_database.Path);
        Assert.True(again.Find<Reachability>("telegram:1")!.Unreachable);
        Assert.Single(again.Query<Reachability>());
    }

    [Fact]
    public void OpeningAFreshStore_CreatesEveryIndexTheRecordsMark_InTheSameStart()
    {
        LiteDbRecordStore.Open(_database.Path).Dispose();

        using var db = new LiteDatabase(new ConnectionString { Filename = _database.Path, Connection = ConnectionType.Direct });
        var indexes = db.GetCollection("$indexes").FindAll().Select(i => (i["collection"].AsString, i["name"].AsString)).ToHashSet();
        var marked = typeof(Record).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Record)) && !t.IsAbstract)
            .SelectMany(t => t.GetProperties().Where(p => p.IsDefined(typeof(IndexedAttribute), inherit: true)).Select(p => (t.Name, p.Name)))
            .ToList();
        Assert.Contains((nameof(OutboxMessage), nameof(OutboxMessage.Sequence)), marked);
        Assert.All(marked, index => Assert.Contains(index, indexes));
    }

    [Fact]
    public void OpeningAFileWithSomeCollections_CreatesTheOthers_AndDropsAnIndexNoPropertyMarks()
    {
        using (var old = new LiteDatabase(new ConnectionString { Filename = _database.Path, Connection = ConnectionType.Direct }))
        {
            var collection = old.GetCollection(nameof(Reachability));
            collection.Insert(new BsonDocument { ["_id"] = "telegram:1", ["Unreachable"] = true, ["Stale"] = 1 });
            collection.EnsureIndex("Stale", "$.Stale");
        }

        using (var store = LiteDbRecordStore.Open(_database.Path))
        {
            Assert.True(store.Find<Reachability>("telegram:1")!.Unreachable);
        }

        using var db = new LiteDatabase(new ConnectionString { Filename = _database.Path, Connection = ConnectionType.Direct });
        Assert.DoesNotContain(db.GetCollection("$indexes").FindAll(), i => i["name"].AsString == "Stale");
        Assert.Contains(nameof(OutboxMessage), db.GetCollectionNames());
    }

    [Fact]
    public void OpeningAStore_MapsEveryRecordTypeBeforeItIsHandedOut()
    {
        // the maps are built beside the collections' creation; none may be left for a turn to build (a half-built map
        // seen by a second turn fails with "Member … not found on BsonMapper")
        var mapper = LiteDbRecordStore.CreateMapper();
        using var store = new LiteDbRecordStore(new LiteDatabase(new MemoryStream(), mapper), mapper);

        var entities = (System.Collections.IDictionary)typeof(BsonMapper).GetField("_entities", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(mapper)!;
        var recordTypes = new[] { typeof(Record).Assembly, typeof(LiteDbRecordStore).Assembly }.SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(Record)) && !t.IsAbstract).ToList();
        Assert.True(recordTypes.Count > 10, $"{recordTypes.Count} record types");
        Assert.All(recordTypes, type => Assert.True(entities.Contains(type), type.Name));
    }
}
