using HungYen.Bot.Core.Awards;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Hosting;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Conversations;

/// <summary>Issue 19, point 4: /help lists what each person can use; after enrolling, the staffer can start a proposal at once.</summary>
public sealed class HelpPerRoleTests : IDisposable
{
    private static readonly string[] OfficeCommands = ["/duyet", "/xuat", "/xuat_baocao", "/donvi", "/xoacanbo", "/diemdanh_canbo", "/hoidong", "/vanban", "/sankhau", "/daibieu"];

    private readonly ChatHarness _bot = NominationHarness.Create(services: s => s.AddDelegates().AddAwards());

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Help_ForTheOffice_ListsEveryOfficeCommandOnALineOfItsOwn()
    {
        var help = (await _bot.Admin.Says("/help")).Text;

        foreach (var command in OfficeCommands)
        {
            Assert.Contains($"\n• {command} — ", help);
        }

        Assert.DoesNotContain("/dexuat", help);
    }

    [Fact]
    public async Task Help_ForUnitStaff_ListsProposingAndTheUnitsList_NotTheOffices()
    {
        var staff = await _bot.StaffAsync("ha");

        var help = (await staff.Says("/help")).Text;

        Assert.Contains("• /dexuat — 🏅 Đề xuất khen thưởng", help);
        Assert.Contains("• /hoso — ", help);
        Assert.DoesNotContain("/decu", help); // the old alias still works but is not offered beside /dexuat
        Assert.DoesNotContain("/duyet", help);
        Assert.DoesNotContain("/diemdanh", help);
    }

    [Fact]
    public async Task Help_ForCheckInStaff_ListsCheckIn()
    {
        await _bot.Admin.Says("/diemdanh_canbo test:staff");

        var help = (await _bot.User("staff").Says("/help")).Text;

        Assert.Contains("• /diemdanh — ", help);
        Assert.Contains("• /diemdanh_tinhhinh — ", help);
        Assert.DoesNotContain("/diemdanh_canbo", help);
        Assert.DoesNotContain("/dexuat", help);
    }

    [Fact]
    public async Task Help_ForAGuest_ListsNoOfficeStaffOrCheckInCommand()
    {
        var help = (await _bot.User("guest").Says("/help")).Text;

        Assert.StartsWith("Hướng dẫn sử dụng", help);
        foreach (var command in OfficeCommands.Append("/dexuat").Append("/hoso").Append("/diemdanh"))
        {
            Assert.DoesNotContain(command + " ", help);
        }
    }

    [Fact]
    public async Task Enrolling_OffersTheButtonThatStartsAProposal()
    {
        var staff = _bot.User("ha", "Lê Thu Hà");

        var enrolled = await staff.Says($"/start {_bot.CodeOf("QLKH")}");

        Assert.Contains("Đã ghi nhận đồng chí là cán bộ của Phòng Quản lý khoa học", enrolled.Last.Text);
        Assert.Contains(NominationHarness.Wizard, enrolled.Choices);
        var wizard = await staff.Presses(NominationHarness.Wizard);
        Assert.Contains("chọn hình thức khen thưởng", wizard.Text);
        Assert.Equal("nomination", staff.Session!.Flow);
    }
}
