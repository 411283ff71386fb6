using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Nominations;

public sealed class EnrolmentTests : IDisposable
{
    private readonly ChatHarness _bot = NominationHarness.Create(new Dictionary<string, string?> { ["Bot:Username"] = "HungYenBot" });

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void UnitCodes_AreUnguessableAndDeepLinkSafe()
    {
        var codes = _bot.Store.Query<Unit>().Select(u => u.EnrolmentCode).ToList();

        Assert.Equal(2, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[A-Za-z0-9_-]{22}$", c)); // 128 random bits
        Assert.All(Enumerable.Range(0, 50).Select(_ => UnitCatalog.NewCode()), c => Assert.DoesNotContain(c, codes));
    }

    [Theory]
    [InlineData("/start {0}")]
    [InlineData("{0}")]
    [InlineData("  {0}  ")]
    public async Task Code_ByLinkCommandOrTyped_EnrolsAndTellsTheOffice(string format)
    {
        var user = _bot.User("moi", "Đặng Văn Bình");

        var reply = await user.Says(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, _bot.CodeOf("TTTT")));

        Assert.Contains("Đã ghi nhận đồng chí là cán bộ của Trung tâm Thông tin", reply.Text);
        Assert.Equal("TTTT", _bot.Store.Find<UnitStaff>("test:moi")!.UnitCode);
        Assert.Contains(_bot.InboxOf("admin"), m => m.Text.Contains("Đặng Văn Bình (test:moi) đã đăng ký là cán bộ của Trung tâm Thông tin"));
        Assert.Contains("🏅 Đề xuất khen thưởng", (await user.Says("/menu")).Choices);
        Assert.Contains("cán bộ của đơn vị Trung tâm Thông tin", (await user.Says("/start")).Text);
    }

    [Fact]
    public async Task Code_Again_SaysAlreadyEnrolled()
    {
        var user = await _bot.StaffAsync("ha");

        var reply = await user.Says(_bot.CodeOf("QLKH"));

        Assert.Contains("đã được ghi nhận là cán bộ của Phòng Quản lý khoa học", reply.Text);
    }

    [Fact]
    public async Task WrongCodes_Repeated_SlowTheSenderDown()
    {
        var user = _bot.User("doan");
        for (var i = 0; i < 4; i++)
        {
            Assert.Contains("Mã không đúng", (await user.Says($"/start SaiMa{i}xxxxxxxxxxxx")).Text);
        }

        var blocked = await user.Says("/start SaiMa5xxxxxxxxxxxx");
        Assert.Contains("đã nhập sai mã nhiều lần", blocked.Text);
        Assert.Contains("24/11/2026 09:15", blocked.Text);

        var evenTheRightOne = await user.Says(_bot.CodeOf("QLKH"));
        Assert.Contains("đã nhập sai mã nhiều lần", evenTheRightOne.Text);
        Assert.Null(_bot.Store.Find<UnitStaff>("test:doan"));

        _bot.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Contains("Đã ghi nhận đồng chí là cán bộ", (await user.Says(_bot.CodeOf("QLKH"))).Text);
    }

    [Fact]
    public async Task UnitsCommand_ListsLinksAndStaff()
    {
        await _bot.StaffAsync("ha", name: "Lê Thu Hà");

        var reply = await _bot.Admin.Says("/donvi");

        Assert.Contains($"https://t.me/HungYenBot?start={_bot.CodeOf("QLKH")}", reply.Text);
        Assert.Contains("QLKH — Phòng Quản lý khoa học (Phòng chuyên môn)", reply.Text);
        Assert.Contains("Cán bộ: Lê Thu Hà (test:ha)", reply.Text);
        Assert.Contains("Cán bộ: chưa có", reply.Text);
        Assert.Contains($"Mã đăng ký (gõ cho bot nếu không mở được đường dẫn): {_bot.CodeOf("QLKH")}", reply.Text);
    }

    [Fact]
    public async Task RemoveStaff_RemovesAndTellsThePerson()
    {
        var staff = await _bot.StaffAsync("ha");

        var reply = await _bot.Admin.Says("/xoacanbo test:ha");

        Assert.Contains("Đã xóa Lê Thu Hà (test:ha) khỏi danh sách cán bộ của Phòng Quản lý khoa học", reply.Text);
        Assert.Null(_bot.Store.Find<UnitStaff>("test:ha"));
        Assert.Contains(staff.Inbox, m => m.Text.Contains("đã được Văn phòng Sở xóa khỏi danh sách"));
        Assert.Contains("không có quyền", (await staff.Says("/decu")).Text);
    }

    [Theory]
    [InlineData("/donvi")]
    [InlineData("/xoacanbo test:ha")]
    [InlineData("/xuat")]
    [InlineData("/duyet")]
    public async Task AdminCommands_ByStaff_AreRefused(string command)
    {
        var staff = await _bot.StaffAsync("ha");

        Assert.Contains("không có quyền", (await staff.Says(command)).Text);
    }

    [Fact]
    public void Units_RemovedFromConfiguration_AreDeactivatedNotDeleted()
    {
        using var bot = NominationHarness.Create(new Dictionary<string, string?> { ["Nominations:Units:1:Code"] = "QLKH2", ["Nominations:Units:1:Name"] = "Phòng mới" });

        Assert.Equal(["QLKH", "QLKH2"], bot.Store.Query<Unit>(u => u.Active).Select(u => u.Id).Order());
    }
}

public sealed class NominationsPersonalDataTests : IDisposable
{
    private readonly ChatHarness _bot = NominationHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task StaffDeletesTheirData_EnrolmentGoesNominationsStayOfficeTold()
    {
        var staff = await _bot.GivenAStafferWhoSubmittedAsync();

        await staff.Says("/dulieu");
        var view = await staff.Presses("📄 Xem dữ liệu của tôi");
        Assert.Contains("Cán bộ của Phòng Quản lý khoa học", view.Text);
        Assert.Contains("GK-CN-001", view.Text);

        await staff.Says("/dulieu");
        await staff.Presses("🗑 Xóa dữ liệu của tôi");
        await staff.Presses("🗑 Đồng ý xóa");

        Assert.Null(_bot.Store.Find<UnitStaff>("test:ha"));
        Assert.NotNull(_bot.Store.Find<Nomination>("GK-CN-001"));
        Assert.Contains(_bot.InboxOf("admin"), m => m.Text.Contains("đã yêu cầu xóa dữ liệu cá nhân") && m.Text.Contains("GK-CN-001"));
    }
}
