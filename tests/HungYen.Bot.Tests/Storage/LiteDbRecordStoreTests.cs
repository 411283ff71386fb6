using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Formats;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using LiteDB;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Storage;

public sealed class LiteDbRecordStoreTests : IDisposable
{
    private readonly TempDatabase _database = new("hy-store");

    public void Dispose() => _database.Dispose();

    [Fact]
    public void EveryPropertyMarkedIndexed_HasAnIndexInTheFile()
    {
        LiteDbRecordStore.Open(_database.Path).Dispose();

        using var db = new LiteDatabase(new ConnectionString { Filename = _database.Path, Connection = ConnectionType.Direct });
        var indexes = db.GetCollection("$indexes").FindAll().Select(i => $"{i["collection"].AsString}.{i["name"].AsString}={i["expression"].AsString}").ToList();
        Assert.Contains("Delegate.Addresses=$.Addresses[*]", indexes);
        Assert.Contains("Delegate.Phone=$.Phone", indexes);
        Assert.Contains("Delegate.InviteCode=$.InviteCode", indexes);
        Assert.Contains("Nomination.UnitCode=$.UnitCode", indexes);
        Assert.Contains("OutboxMessage.Sequence=$.Sequence", indexes);
        Assert.DoesNotContain("OutboxMessage.Status=$.Status", indexes); // every sent mark would move it (issue 20)
    }

    [Fact]
    public void DelegateDirectory_FindsEachDelegateByWhatTheyBring_AmongThousands()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);
        var changes = new ChangeSet();
        for (var i = 0; i < 2000; i++)
        {
            changes.Upsert(new Delegate
            {
                Id = $"d{i}",
                FullName = $"Đại Biểu {i}",
                Phone = $"09{i:00000000}",
                Token = $"tok{i}",
                InviteCode = $"INV{i:0000}",
                CheckInCode = $"CK{i:0000}",
                Addresses = i % 2 == 0 ? [$"telegram:{i}", $"zalo:z{i}"] : [],
            });
        }

        store.Commit(changes);

        Assert.Equal("d1234", DelegateDirectory.ByAddress(store, new ChatAddress("zalo", "z1234"))?.Id);
        Assert.Equal("d1234", DelegateDirectory.ByAddress(store, new ChatAddress("telegram", "1234"))?.Id);
        Assert.Null(DelegateDirectory.ByAddress(store, new ChatAddress("zalo", "1234")));
        Assert.True(PhoneNumber.TryParse("+84 900 001 777", out var phone));
        Assert.Equal("d1777", DelegateDirectory.ByPhone(store, phone)?.Id);
        Assert.Equal("d42", DelegateDirectory.ByToken(store, "tok42")?.Id);
        Assert.Null(DelegateDirectory.ByToken(store, ""));
        Assert.Equal("d7", DelegateDirectory.ByInviteCode(store, " inv0007 ")?.Id);
        Assert.Equal("d8", DelegateDirectory.ByCheckInCode(store, "CK0008")?.Id);
    }

    [Fact]
    public void AnAppliedUpdate_IsRememberedAcrossARestart()
    {
        using (var store = LiteDbRecordStore.Open(_database.Path))
        {
            var changes = new ChangeSet { ProcessedUpdateKey = "telegram:update:41" };
            changes.Upsert(new FailedUpdate { Id = "f1" });
            store.Commit(changes);
        }

        using var reopened = LiteDbRecordStore.Open(_database.Path);
        Assert.True(reopened.WasProcessed("telegram:update:41"));
        Assert.False(reopened.WasProcessed("telegram:update:42"));
    }
}
