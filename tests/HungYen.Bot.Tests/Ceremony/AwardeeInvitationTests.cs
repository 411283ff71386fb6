using HungYen.Bot.Tests.Delegates;
using HungYen.Bot.Tests.Support;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Ceremony;

public sealed class AwardeeInvitationTests : IDisposable
{
    private readonly ChatHarness _bot = StageHarness.Create();

    public void Dispose() => _bot.Dispose();

    private Delegate For(string nomination) => _bot.Store.Query<Delegate>().Single(d => d.AwardeeFor == nomination);

    [Fact]
    public async Task OneStep_IndividualsAsThemselves_CollectivesThroughTheirReceiver_EachWithOwnCodes()
    {
        await StageHarness.DecideAsync(_bot);

        var first = await _bot.Admin.Says("/moi_khenthuong");

        // BK-TT-001's dossier names no head: it waits for the office to name who receives.
        Assert.Contains("Đã lập 4 giấy mời cho tập thể, cá nhân được khen thưởng", first.Text);
        Assert.Contains("Chưa mời được 1 tập thể vì chưa có người nhận thay: BK-TT-001", first.Text);
        Assert.DoesNotContain(_bot.Store.Query<Delegate>(), d => d.AwardeeFor == "GK-CN-003");
        var an = For("GK-CN-001");
        Assert.Equal(("Nguyễn Văn An", "Phó Trưởng phòng", "Phòng Quản lý khoa học", "Điển hình tiên tiến"), (an.FullName, an.Position, an.Organization, an.Group));
        var collective = For("GK-TT-001");
        Assert.Equal(("Phạm Văn Hùng", "Trưởng phòng", "Phòng Quản lý khoa học"), (collective.FullName, collective.Position, collective.Organization));
        Assert.Contains($"• Phạm Văn Hùng (Phòng Quản lý khoa học) — mã mời {collective.InviteCode}", first.Text);

        await _bot.Admin.Says("/sankhau nhanthay BK-TT-001 Đặng Văn Long; Phó Giám đốc Trung tâm");
        var second = await _bot.Admin.Says("/moi_khenthuong");
        var third = await _bot.Admin.Says("/moi_khenthuong");

        Assert.Contains("Đã lập 1 giấy mời", second.Text);
        Assert.Contains("Đặng Văn Long (Trung tâm Thông tin, thống kê, ứng dụng khoa học và công nghệ)", second.Text);
        Assert.Contains("Không có giấy mời mới", third.Text);
        var awardees = _bot.Store.Query<Delegate>().Where(d => d.AwardeeFor is not null).ToList();
        Assert.Equal(5, awardees.Count);
        var codes = awardees.SelectMany(d => new[] { d.Token, d.InviteCode, d.CheckInCode }).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());

        // Their own link opens their own Giấy mời.
        var opened = await _bot.User("long").Says($"/start {For("BK-TT-001").Token}");
        Assert.Contains("Đặng Văn Long", opened.Text);
    }

    [Fact]
    public async Task NewReceiver_RewritesAnUnclaimedInvitation()
    {
        await StageHarness.DecideAsync(_bot);
        await _bot.Admin.Says("/moi_khenthuong");

        var reply = await _bot.Admin.Says("/sankhau nhanthay GK-TT-001 Ngô Thị Lan; Phó Trưởng phòng");
        var individual = await _bot.Admin.Says("/sankhau nhanthay GK-CN-001 Ngô Thị Lan; Phó Trưởng phòng");
        var bad = await _bot.Admin.Says("/sankhau nhanthay GK-TT-001 Ngô Thị Lan");

        Assert.Contains("Đã ghi người nhận thay của hồ sơ GK-TT-001: đồng chí Ngô Thị Lan, Phó Trưởng phòng.", reply.Text);
        Assert.Contains($"Giấy mời {For("GK-TT-001").InviteCode} đã được ghi lại theo người nhận thay mới", reply.Text);
        Assert.Equal(("Ngô Thị Lan", "Phó Trưởng phòng"), (For("GK-TT-001").FullName, For("GK-TT-001").Position));
        Assert.Contains("Hồ sơ GK-CN-001 là cá nhân", individual.Text);
        Assert.Contains("Xin nhập theo mẫu: /sankhau nhanthay", bad.Text);
        Assert.Equal("Nguyễn Văn An", For("GK-CN-001").FullName);
    }

    [Fact]
    public async Task OnTheDay_AwardeeArrival_IsToldToTheOffice_AndTheStageShowsWhoIsPresent()
    {
        await StageHarness.GivenDecidedWithEveryReceiverAsync(_bot);
        await _bot.Admin.Says("/moi_khenthuong");
        var staff = await _bot.GivenACheckInStafferAsync();

        await staff.Says(For("BK-CN-001").CheckInCode);
        var progress = await staff.Says("/diemdanh_tinhhinh");
        var stage = await _bot.Admin.Says("/sankhau");
        var list = await _bot.Admin.Says("/sankhau danhsach");

        Assert.Contains(_bot.InboxOf("admin"), m => m.Text.Contains("Người nhận khen thưởng đã đến: Trần Thị Ánh — Bằng khen: Trần Thị Ánh (BK-CN-001). Còn 4 người nhận khen thưởng chưa đến", StringComparison.Ordinal));
        Assert.Contains("Người nhận khen thưởng chưa đến (4):", progress.Text);
        Assert.Contains("• Đặng Văn Long — Phó Giám đốc Trung tâm, Trung tâm Thông tin, thống kê, ứng dụng khoa học và công nghệ", progress.Text);
        Assert.DoesNotContain("• Trần Thị Ánh", progress.Text[progress.Text.IndexOf("Người nhận khen thưởng chưa đến", StringComparison.Ordinal)..]);
        Assert.Contains("Đợt 1 — trao: đồng chí Nguyễn Văn Quang, Phó Chủ tịch UBND tỉnh — có mặt 1/2", stage.Text);
        Assert.Contains("2. Trần Thị Ánh (BK-CN-001) — Có mặt", stage.Text);
        Assert.Contains("1. Trung tâm Thông tin, thống kê, ứng dụng khoa học và công nghệ (BK-TT-001) – đồng chí Đặng Văn Long, Phó Giám đốc Trung tâm nhận thay — Chưa đến", stage.Text);
        var file = list.Messages.Single(m => m.Message.File is not null).Message.File!;
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var rows = doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Select(r => r.InnerText).ToList();
        Assert.Contains(rows, r => r.StartsWith("2Trần Thị Ánh", StringComparison.Ordinal) && r.EndsWith("Có mặt", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("3Phòng Quản lý khoa học", StringComparison.Ordinal) && r.EndsWith("Chưa đến", StringComparison.Ordinal));
    }
}
