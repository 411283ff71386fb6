using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Summary;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeZaloOa;
using HungYen.Bot.Tests.Support;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.ZaloOa;

/// <summary>
/// Issue 13 point 5: why a person or a ZNS Giấy mời was not reached is stored as a code and worded when shown; records
/// written before, which kept the office's sentence itself, still read and show it.
/// </summary>
public sealed class StoredReasonTests : IDisposable
{
    private const string OldReachSentence = "đã bỏ quan tâm Zalo OA (ghi từ phiên bản trước)";

    private const string OldZnsSentence = "số điện thoại không dùng Zalo (ghi từ phiên bản trước)";

    private readonly TempDatabase _database = new("hy-reason");

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Reachability_StoredWithTheOldSentence_StillShowsItInTheOfficeSummary()
    {
        WriteRaw("Reachability", new BsonDocument
        {
            ["_id"] = "zalooa:u9",
            ["Unreachable"] = true,
            ["Reason"] = "user unfollowed the OA",
            ["OfficeReason"] = OldReachSentence,
            ["Since"] = new DateTime(2026, 12, 1, 2, 30, 0, DateTimeKind.Utc),
        });
        await using var oa = await FakeZaloOaServer.StartAsync();
        await using var bot = await OaBot.StartAsync(oa, _database.Path);

        var reach = bot.Services.GetRequiredService<Core.Storage.IRecordStore>().Find<Reachability>("zalooa:u9")!;
        var summary = bot.Services.GetServices<ISummarySection>().OfType<CoreSummarySection>().Single().Write(null, DateTimeOffset.UtcNow)!;

        Assert.Null(reach.Problem);
        Assert.Contains($"Zalo OA: {OldReachSentence} (từ 01/12/2026 09:30)", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ZnsInvitation_StoredWithTheOldSentence_StillShowsItInTheOfficeReport()
    {
        WriteRaw("ZnsInvitation", new BsonDocument
        {
            ["_id"] = "zns:d1",
            ["DelegateId"] = "d1",
            ["FullName"] = "Nguyễn Văn An",
            ["Phone"] = "84912345678",
            ["State"] = "Failed",
            ["ConfirmedBy"] = "zalooa:office",
            ["Attempts"] = 1,
            ["ErrorCode"] = -118,
            ["OfficeReason"] = OldZnsSentence,
        });
        await using var oa = await FakeZaloOaServer.StartAsync();
        await using var bot = await OaBot.StartAsync(oa, _database.Path);

        Assert.Equal(200, await oa.SendTextAsync(OaBot.OfficeId, "/zns_ketqua"));
        var status = await oa.WaitForAsync(m => m.UserId == OaBot.OfficeId && m.Text is { } t && t.Contains("không gửi được: 1", StringComparison.Ordinal));

        Assert.Contains($"• Nguyễn Văn An (0912345678): {OldZnsSentence}", status.Text, StringComparison.Ordinal);
    }

    private void WriteRaw(string collection, BsonDocument document)
    {
        LiteDbRecordStore.Open(_database.Path).Dispose();
        using var db = new LiteDatabase(new ConnectionString { Filename = _database.Path, Connection = ConnectionType.Direct });
        db.GetCollection(collection).Insert(document);
    }
}
