using HungYen.Bot.Core.Awards;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Awards;

public sealed class LifecycleTests : IDisposable
{
    private readonly ChatHarness _bot = AwardsHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void Withdrawn_CannotBeDecided_AndGiấyKhenNeverGoesToTheProvince()
    {
        var n = new Nomination { Id = "GK-CN-001", Award = AwardLevel.DirectorCertificate, Status = NominationStatus.Submitted };
        n.Change(NominationStatus.Withdrawn, "test:u", DateTimeOffset.UnixEpoch, null);

        var refused = Assert.Throws<LifecycleException>(() => n.Change(NominationStatus.Approved, "test:admin", DateTimeOffset.UnixEpoch, null));
        Assert.Contains("Không thể chuyển hồ sơ GK-CN-001", refused.Message);
        var gk = new Nomination { Id = "GK-CN-002", Award = AwardLevel.DirectorCertificate, Status = NominationStatus.CouncilProposed };
        Assert.False(NominationLifecycle.Allows(gk, NominationStatus.SubmittedToProvince));
        Assert.True(NominationLifecycle.Allows(gk, NominationStatus.AwaitingSignature));
        Assert.Equal(NominationStatus.Withdrawn, n.Status);
    }

    [Fact]
    public async Task GiấyKhen_WalksEveryStep_UnitToldInOfficialWording_RefusedAfterTheDecision()
    {
        var staff = await _bot.GivenAStafferWhoSubmittedAsync();
        await _bot.Admin.Says("/duyet");
        await _bot.Admin.Presses("GK-CN-001 · Nguyễn Văn An · QLKH");
        await _bot.Admin.Presses("✅ Hồ sơ hợp lệ");

        var scheduled = await _bot.Admin.Says("/hoso_buoc GK-CN-001 choxet 03/03/2026");
        await _bot.Admin.Says("/hoso_buoc GK-CN-001 hddenghi");
        var early = await _bot.Admin.Says("/hoso_buoc GK-CN-001 khenthuong");
        await _bot.Admin.Says("/hoso_buoc GK-CN-001 chokys");
        var noNumber = await _bot.Admin.Says("/hoso_buoc GK-CN-001 khenthuong");
        await _bot.Admin.Says("/vanban_so quyetdinh 45 10/03/2026 Hoàng Văn Cường; KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC");
        var awarded = await _bot.Admin.Says("/hoso_buoc GK-CN-001 khenthuong");
        var late = await _bot.Admin.Says("/hoso_buoc GK-CN-001 rut");

        Assert.Contains("chờ Hội đồng xét", scheduled.Text);
        Assert.Contains("Không thể chuyển hồ sơ GK-CN-001 từ «Hội đồng đề nghị khen thưởng» sang «đã khen thưởng»", early.Text);
        Assert.Contains("Chưa có số, ngày của Quyết định", noNumber.Text);
        Assert.Contains("Đã ghi nhận: hồ sơ GK-CN-001 — đã khen thưởng", awarded.Text);
        Assert.Contains("Không thể chuyển hồ sơ GK-CN-001 từ «đã khen thưởng» sang «đã rút»", late.Text);
        var n = _bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.Equal(
            [NominationStatus.Submitted, NominationStatus.Approved, NominationStatus.Scheduled, NominationStatus.CouncilProposed, NominationStatus.AwaitingSignature, NominationStatus.Awarded],
            n.History.Select(h => h.Status));
        Assert.All(n.History.Skip(1), h => Assert.Equal("test:admin", h.By));
        Assert.Equal(("45/QĐ-SKHCN", "Hoàng Văn Cường"), (n.DecisionReference, n.DecisionSigner));
        var inbox = _bot.InboxOf("ha").Select(m => m.Text).ToList();
        Assert.Contains(inbox, t => t.StartsWith("Hồ sơ GK-CN-001 được đưa ra Hội đồng TĐKT Sở xét ngày 03/03/2026.", StringComparison.Ordinal));
        Assert.Contains(inbox, t => t.StartsWith("Hội đồng TĐKT Sở đã thống nhất đề nghị khen thưởng Nguyễn Văn An (GK-CN-001).", StringComparison.Ordinal));
        Assert.Contains(inbox, t => t.StartsWith("Giám đốc Sở đã ký Quyết định số 45/QĐ-SKHCN ngày 10/03/2026 tặng Giấy khen cho Nguyễn Văn An (GK-CN-001).", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BằngKhen_TờTrìnhThenProvinceDecision_AndReopenForCompletion()
    {
        Seed(new Nomination { Id = "BK-CN-001", UnitCode = "QLKH", Award = AwardLevel.ProvincialCertificate, Kind = NomineeKind.Individual, Name = "Trần Thị Ánh", Status = NominationStatus.Approved, SubmittedBy = "test:ha" });
        Seed(new Nomination { Id = "BK-CN-002", UnitCode = "QLKH", Award = AwardLevel.ProvincialCertificate, Kind = NomineeKind.Individual, Name = "Lê Văn Bình", Status = NominationStatus.Approved, SubmittedBy = "test:ha" });

        var reopened = await _bot.Admin.Says("/hoso_buoc BK-CN-002 mo 20/03/2026 thiếu xác nhận của thủ trưởng đơn vị");
        await _bot.Admin.Says("/hoso_buoc BK-CN-001 choxet 03/03/2026");
        await _bot.Admin.Says("/hoso_buoc BK-CN-001 hddenghi");
        var gkOnly = await _bot.Admin.Says("/hoso_buoc BK-CN-001 chokys");
        await _bot.Admin.Says("/vanban_so totrinh 12 05/03/2026");
        await _bot.Admin.Says("/hoso_buoc BK-CN-001 datrinh");
        var decided = await _bot.Admin.Says("/hoso_buoc BK-CN-001 khenthuong 321/QĐ-UBND 25/03/2026");

        Assert.Contains("Đã ghi nhận: hồ sơ BK-CN-002 — đề nghị bổ sung", reopened.Text, StringComparison.Ordinal);
        Assert.Equal(NominationStatus.ChangesRequested, _bot.Store.Find<Nomination>("BK-CN-002")!.Status);
        Assert.Equal(new DateTime(2026, 3, 20), _bot.Store.Find<Nomination>("BK-CN-002")!.CompletionDeadline);
        Assert.Contains("Không thể chuyển", gkOnly.Text);
        Assert.Contains("đã khen thưởng", decided.Text);
        var n = _bot.Store.Find<Nomination>("BK-CN-001")!;
        Assert.Equal(("12/TTr-SKHCN", "321/QĐ-UBND"), (n.SubmissionReference, n.DecisionReference));
        var inbox = _bot.InboxOf("ha").Select(m => m.Text).ToList();
        Assert.Contains(inbox, t => t.StartsWith("Hồ sơ BK-CN-002 cần bổ sung: thiếu xác nhận của thủ trưởng đơn vị. Đề nghị đơn vị hoàn thiện, gửi lại trước ngày 20/03/2026.", StringComparison.Ordinal));
        Assert.Contains(inbox, t => t.StartsWith("Sở đã có Tờ trình số 12/TTr-SKHCN ngày 05/03/2026 đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Trần Thị Ánh (BK-CN-001).", StringComparison.Ordinal));
        Assert.Contains(inbox, t => t.StartsWith("Chủ tịch UBND tỉnh đã ký Quyết định số 321/QĐ-UBND ngày 25/03/2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoStaffOnOneDossier_TheSecondIsRefusedWithAClearMessage_NoEditLost()
    {
        var staff = await _bot.GivenAStafferWhoSubmittedAsync();
        await _bot.Admin.Says("/duyet");
        await _bot.Admin.Presses("GK-CN-001 · Nguyễn Văn An · QLKH");

        // Meanwhile another officer asks the unit for a completion.
        var other = _bot.Store.Find<Nomination>("GK-CN-001")!;
        other.Change(NominationStatus.ChangesRequested, "test:other", _bot.Clock.GetUtcNow(), "bổ sung báo cáo");
        Seed(other);
        await _bot.Admin.Presses("✅ Hồ sơ hợp lệ");

        var n = _bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.Contains(_bot.InboxOf("admin"), m => m.Text.Contains("vừa được cán bộ khác cập nhật", StringComparison.Ordinal));
        Assert.Equal(NominationStatus.ChangesRequested, n.Status);
        Assert.Equal("bổ sung báo cáo", n.LastNote);
    }

    private void Seed(Nomination n)
    {
        var changes = new ChangeSet();
        changes.Upsert(n);
        _bot.Store.Commit(changes);
    }
}
