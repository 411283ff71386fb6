using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Journeys;

/// <summary>Issue 19, point 3: a removal holds until the office re-admits; the office can replace a unit's enrolment code.</summary>
public sealed class StaffRemovalTests : IDisposable
{
    private readonly ChatHarness _bot = NominationHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task RemovedStaffer_CannotReEnrolWithTheSameCode_UntilTheOfficeReadmits()
    {
        var ha = await _bot.StaffAsync("ha", "QLKH", "Lê Thu Hà");
        var removed = await _bot.Admin.Says("/xoacanbo test:ha");
        Assert.Contains("/nhanlai_canbo test:ha", removed.Text);

        var again = await ha.Says($"/start {_bot.CodeOf("QLKH")}");
        var other = await ha.Says(_bot.CodeOf("TTTT"));

        Assert.Contains("đã được Văn phòng Sở xóa khỏi danh sách cán bộ đơn vị nên chưa đăng ký lại được", again.Text);
        Assert.Contains("đã được Văn phòng Sở xóa khỏi danh sách cán bộ đơn vị nên chưa đăng ký lại được", other.Text);
        Assert.Null(_bot.Store.Find<UnitStaff>("test:ha"));
        Assert.DoesNotContain("/dexuat", (await ha.Says("/help")).Text);
        Assert.Contains(_bot.InboxOf(ChatHarness.AdminId), m => m.Text.Contains("Lê Thu Hà (test:ha), đã bị xóa khỏi danh sách cán bộ, vừa dùng mã đăng ký của Phòng Quản lý khoa học"));

        var readmitted = await _bot.Admin.Says("/nhanlai_canbo test:ha");
        Assert.Contains("Đã cho Lê Thu Hà (test:ha) đăng ký lại", readmitted.Text);
        Assert.Contains(ha.Inbox, m => m.Text.Contains("Văn phòng Sở đã cho phép đồng chí đăng ký lại"));
        var enrolled = await ha.Says($"/start {_bot.CodeOf("QLKH")}");

        Assert.Contains("Đã ghi nhận đồng chí là cán bộ của Phòng Quản lý khoa học", enrolled.Text);
        Assert.Equal("QLKH", _bot.Store.Find<UnitStaff>("test:ha")!.UnitCode);
    }

    [Fact]
    public async Task Readmit_OfSomeoneNotRemoved_SaysSoAndChangesNothing()
    {
        var reply = await _bot.Admin.Says("/nhanlai_canbo test:nobody");
        var usage = await _bot.Admin.Says("/nhanlai_canbo");

        Assert.Contains("test:nobody không nằm trong danh sách cán bộ đã bị xóa", reply.Text);
        Assert.Contains("Cách dùng: /nhanlai_canbo", usage.Text);
    }

    [Fact]
    public async Task RotatingAUnitsCode_StopsTheOldCodeAndTellsTheUnitsStaffTheNewOne()
    {
        var ha = await _bot.StaffAsync("ha", "QLKH", "Lê Thu Hà");
        var old = _bot.CodeOf("QLKH");

        var rotated = await _bot.Admin.Says("/doima qlkh");

        var code = _bot.CodeOf("QLKH");
        Assert.NotEqual(old, code);
        Assert.Contains("Đã đổi mã đăng ký của Phòng Quản lý khoa học", rotated.Text);
        Assert.Contains(code, rotated.Text);
        Assert.Contains("Đã gửi mã mới cho 1 cán bộ", rotated.Text);
        var notice = ha.Inbox.Last(m => m.Text.Contains("đã đổi mã đăng ký")).Text;
        Assert.Contains(code, notice);
        Assert.Contains("không cần đăng ký lại", notice);
        Assert.Equal("QLKH", _bot.Store.Find<UnitStaff>("test:ha")!.UnitCode);

        var stranger = _bot.User("lan", "Phạm Thị Lan");
        var refused = await stranger.Says($"/start {old}");
        Assert.Null(_bot.Store.Find<UnitStaff>("test:lan"));
        Assert.DoesNotContain("Đã ghi nhận đồng chí là cán bộ", refused.Text);
        var enrolled = await stranger.Says($"/start {code}");
        Assert.Contains("Đã ghi nhận đồng chí là cán bộ của Phòng Quản lý khoa học", enrolled.Text);
    }

    [Fact]
    public async Task RotatingAnUnknownUnit_SaysWhichCodesExist()
    {
        var reply = await _bot.Admin.Says("/doima XYZ");

        Assert.Contains("Không có đơn vị mã «XYZ»", reply.Text);
    }

    [Fact]
    public async Task Help_ForTheOffice_ListsReadmittingAndRotating()
    {
        var help = (await _bot.Admin.Says("/help")).Text;

        Assert.Contains("\n• /nhanlai_canbo — ", help);
        Assert.Contains("\n• /doima — ", help);
    }
}
