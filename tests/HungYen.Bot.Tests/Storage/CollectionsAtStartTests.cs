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
}
