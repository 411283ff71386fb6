using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Core.Texts;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Nominations;

public sealed class ReviewTests : IDisposable
{
    private readonly ChatHarness _bot = NominationHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Approve_SubmitterToldAndHistoryKeptWithWhoAndWhen()
    {
        await SubmittedAsync();
        await _bot.Admin.Says("/duyet");
        var detail = await _bot.Admin.Presses("GK-CN-001 · Nguyễn Văn An · QLKH");
        Assert.Contains("• Họ và tên: Nguyễn Văn An", detail.Text);

        var done = await _bot.Admin.Presses("✅ Hồ sơ hợp lệ");

        Assert.Contains("Đã ghi nhận: hồ sơ GK-CN-001 — hợp lệ", done.Text);
        Assert.Contains("Không có hồ sơ mới", done.Text);
        var n = _bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.Equal(NominationStatus.Approved, n.Status);
        Assert.False(n.AwaitingReview);
        var last = n.History[^1];
        Assert.Equal("test:admin", last.By);
        Assert.Equal(_bot.Clock.GetUtcNow(), last.At, TimeSpan.FromSeconds(1));
        Assert.Contains(_bot.InboxOf("ha"), m => m.Text.Contains("Kính gửi đồng chí: hồ sơ GK-CN-001 (Nguyễn Văn An) — hợp lệ"));
    }

    [Fact]
    public async Task Reject_WithReason_SubmitterGetsTheReason()
    {
        await SubmittedAsync();
        await _bot.Admin.Says("/duyet");
        await _bot.Admin.Presses("GK-CN-001 · Nguyễn Văn An · QLKH");
        await _bot.Admin.Presses("❌ Không đủ điều kiện");
        var tooShort = await _bot.Admin.Says("no");
        Assert.Contains("ít nhất 5 ký tự", tooShort.Text);

        await _bot.Admin.Says("Chưa đủ tiêu chuẩn thời gian công tác");

        var n = _bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.Equal(NominationStatus.Rejected, n.Status);
        Assert.Equal("Chưa đủ tiêu chuẩn thời gian công tác", n.History[^1].Note);
        Assert.Contains(_bot.InboxOf("ha"), m => m.Text.Contains("chưa đủ điều kiện đề nghị khen thưởng") && m.Text.Contains("Chưa đủ tiêu chuẩn thời gian công tác"));
    }

    [Fact]
    public async Task RequestChanges_SubmitterEditsAndTheNominationComesBackForReview()
    {
        var staff = await SubmittedAsync();
        await _bot.Admin.Says("/duyet");
        await _bot.Admin.Presses("GK-CN-001 · Nguyễn Văn An · QLKH");
        await _bot.Admin.Presses("✏️ Đề nghị bổ sung");
        await _bot.Admin.Says("Đề nghị bổ sung báo cáo thành tích");
        Assert.Contains(_bot.InboxOf("ha"), m => m.Text.Contains("đề nghị bổ sung, chỉnh sửa") && m.Text.Contains("Hồ sơ đề xuất của đơn vị"));

        await staff.Says("/hoso");
        await staff.Presses("GK-CN-001 · Nguyễn Văn An");
        await staff.Presses("✏️ Sửa hồ sơ");
        await staff.Presses("✏️ Sửa một mục");
        await staff.Presses("Báo cáo thành tích");
        await staff.SendsFile("bao-cao.pdf", "%PDF-1.4"u8.ToArray());
        await staff.Presses("✅ Gửi hồ sơ");

        var n = _bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.Equal(NominationStatus.Submitted, n.Status);
        Assert.True(n.AwaitingReview);
        Assert.Equal([NominationStatus.Submitted, NominationStatus.ChangesRequested, NominationStatus.Submitted], n.History.Select(h => h.Status));
        var list = await _bot.Admin.Says("/duyet");
        Assert.Contains("GK-CN-001 · Nguyễn Văn An · QLKH", list.Choices);
        var detail = await _bot.Admin.Presses("GK-CN-001 · Nguyễn Văn An · QLKH");
        Assert.Contains(detail.Messages, m => m.Message.File?.FileName == "bao-cao.pdf");
    }

    [Fact]
    public async Task Review_ByStaff_IsRefused()
    {
        var staff = await SubmittedAsync();

        var reply = await staff.Says("/duyet");

        Assert.Contains("không có quyền", reply.Text);
    }

    [Fact]
    public async Task Review_NothingWaiting_SaysSo()
    {
        var reply = await _bot.Admin.Says("/duyet");

        Assert.Contains("Không có hồ sơ mới hoặc mới chỉnh sửa cần xem xét", reply.Text);
    }

    [Fact]
    public async Task Review_SessionSavedInTheOlderShape_DecidesOnTheDossierItHeld()
    {
        await SubmittedAsync();
        await _bot.Admin.Says("/duyet");
        await _bot.Admin.Presses("GK-CN-001 · Nguyễn Văn An · QLKH");
        var session = _bot.Admin.Session!;
        session.Draft.Clear();
        session.Set("selected", "GK-CN-001"); // one session key per answer, as the flow kept them before its draft
        session.Set("seen-version", _bot.Store.Find<Nomination>("GK-CN-001")!.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var older = new ChangeSet();
        older.Upsert(session);
        _bot.Store.Commit(older);

        var done = await _bot.Admin.Presses("✅ Hồ sơ hợp lệ");

        Assert.Contains("Đã ghi nhận: hồ sơ GK-CN-001 — hợp lệ", done.Text);
        Assert.Equal(NominationStatus.Approved, _bot.Store.Find<Nomination>("GK-CN-001")!.Status);
    }

    [Fact]
    public async Task TheOfficesNotice_OpensItsDossierAtOnce_AndTheDecisionReachesTheUnit()
    {
        await SubmittedAsync();
        var notice = _bot.InboxOf("admin").Single(m => m.Text.Contains("Hồ sơ đề xuất mới GK-CN-001"));

        var detail = await _bot.Admin.PressesOn(notice, Vi.Nominations.ReviewThis);

        Assert.Contains("• Họ và tên: Nguyễn Văn An", detail.Text);
        Assert.Contains("✅ Hồ sơ hợp lệ", detail.Choices);
        await _bot.Admin.Presses("✅ Hồ sơ hợp lệ");
        Assert.Equal(NominationStatus.Approved, _bot.Store.Find<Nomination>("GK-CN-001")!.Status);
        Assert.Contains(_bot.InboxOf("ha"), m => m.Text.Contains("hồ sơ GK-CN-001 (Nguyễn Văn An) — hợp lệ"));

        var again = await _bot.Admin.PressesOn(notice, Vi.Nominations.ReviewThis); // decided already: said so, the list shown
        Assert.Contains(Vi.Nominations.NotAwaitingReview("GK-CN-001"), again.Text);
        Assert.Contains("Không có hồ sơ mới", again.Text);
    }

    [Fact]
    public async Task DuyetWithAReference_TypedInLowerCase_OpensThatDossier()
    {
        await SubmittedAsync();

        var detail = await _bot.Admin.Says("/duyet gk-cn-001");

        Assert.Contains("• Họ và tên: Nguyễn Văn An", detail.Text);
        Assert.Equal("Viewing", _bot.Admin.Session!.State);
    }

    private async Task<ChatUser> SubmittedAsync()
    {
        var staff = await _bot.StaffAsync("ha");
        await staff.IndividualToReviewAsync();
        await staff.Presses("✅ Gửi hồ sơ");
        return staff;
    }
}
