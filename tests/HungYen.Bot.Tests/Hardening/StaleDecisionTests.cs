using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>Issue 14, point 7: a review decision applies to the version the office saw, or is refused.</summary>
public sealed class StaleDecisionTests : IDisposable
{
    private readonly ChatHarness _bot = NominationHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Approve_AfterTheUnitWithdrew_IsRefusedWithTheReasonAndTheCurrentVersion()
    {
        var staff = await SubmittedAsync();
        await _bot.Admin.Says("/duyet");
        var detail = await _bot.Admin.Presses("GK-CN-001 · Nguyễn Văn An · QLKH");
        Assert.Contains("✅ Hồ sơ hợp lệ", detail.Choices);
        var shown = _bot.Store.Find<Nomination>("GK-CN-001")!.Version;

        await staff.Says("/hoso");
        await staff.Presses("GK-CN-001 · Nguyễn Văn An");
        await staff.Presses("🗑 Rút hồ sơ");
        await staff.Presses("🗑 Đồng ý rút");

        var refused = await _bot.Admin.Presses("✅ Hồ sơ hợp lệ");

        var n = _bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.Equal(NominationStatus.Withdrawn, n.Status);
        Assert.Contains("Quyết định chưa được ghi", refused.Text);
        Assert.Contains($"phiên bản đồng chí đã xem: {shown}", refused.Text);
        Assert.Contains($"phiên bản hiện tại: {n.Version}", refused.Text);
        Assert.Contains("«đã rút", refused.Text);
        Assert.DoesNotContain(_bot.InboxOf("ha"), m => m.Text.Contains("— hợp lệ"));
    }

    [Fact]
    public async Task Reject_AfterTheUnitResubmitted_IsRefusedAndTheNewVersionCanBeDecided()
    {
        var staff = await SubmittedAsync();
        await _bot.Admin.Says("/duyet");
        await _bot.Admin.Presses("GK-CN-001 · Nguyễn Văn An · QLKH");
        var before = _bot.Store.Find<Nomination>("GK-CN-001")!;
        before.Change(NominationStatus.Submitted, "test:ha", _bot.Clock.GetUtcNow(), "Sửa báo cáo thành tích");
        var changes = new ChangeSet();
        changes.Upsert(before);
        _bot.Store.Commit(changes);

        await _bot.Admin.Presses("❌ Không đủ điều kiện");
        var refused = await _bot.Admin.Says("Chưa đủ tiêu chuẩn thời gian công tác");

        Assert.Contains("Quyết định chưa được ghi", refused.Text);
        Assert.Contains("ghi chú: Sửa báo cáo thành tích", refused.Text);
        Assert.Equal(NominationStatus.Submitted, _bot.Store.Find<Nomination>("GK-CN-001")!.Status);

        await _bot.Admin.Says("/duyet");
        await _bot.Admin.Presses("GK-CN-001 · Nguyễn Văn An · QLKH");
        var done = await _bot.Admin.Presses("✅ Hồ sơ hợp lệ");
        Assert.Contains("Đã ghi nhận: hồ sơ GK-CN-001 — hợp lệ", done.Text);
        Assert.Equal(NominationStatus.Approved, _bot.Store.Find<Nomination>("GK-CN-001")!.Status);
        _ = staff;
    }

    private async Task<ChatUser> SubmittedAsync()
    {
        var staff = await _bot.GivenAStafferWhoSubmittedAsync();
        return staff;
    }
}
