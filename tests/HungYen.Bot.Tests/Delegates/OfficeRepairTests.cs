using static HungYen.Bot.Tests.Delegates.DelegateTestBed;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Delegates;

public sealed class OfficeRepairTests
{
    [Fact]
    public async Task Release_WrongAccountIsToldAndLosesIt_OldLinkAndCodeCancelled_ThenReLinkedToTheRightOne()
    {
        using var bot = Create();
        await ImportAsync(bot);
        var before = Find(bot, "Nguyễn Văn An");
        await OpensLinkAsync(bot.User("wrong"), before);
        Assert.Contains("test:wrong", Find(bot, "Nguyễn Văn An").Addresses);

        var released = await bot.Admin.Says($"/daibieu_tach {before.InviteCode}");

        var after = Find(bot, "Nguyễn Văn An");
        Assert.Empty(after.Addresses);
        Assert.NotEqual(before.InviteCode, after.InviteCode);
        Assert.NotEqual(before.Token, after.Token);
        Assert.Contains($"mã mời mới: {after.InviteCode}", released.Text);
        Assert.Contains("đã tách Giấy mời Hội nghị khỏi tài khoản này", bot.InboxOf("wrong")[^1].Text);
        var oldLink = await bot.User("stranger").Says($"/start {before.Token}");
        Assert.DoesNotContain("Nguyễn Văn An", oldLink.Text);
        Assert.Empty(Find(bot, "Nguyễn Văn An").Addresses);

        var linked = await bot.Admin.Says($"/daibieu_gan {after.InviteCode} test:an");
        var taken = await bot.Admin.Says($"/daibieu_gan {Find(bot, "Trần Thị Bình").InviteCode} test:an");

        Assert.Contains("Đã gắn Giấy mời của đ/c Nguyễn Văn An với tài khoản test:an", linked.Text);
        Assert.Equal(["test:an"], Find(bot, "Nguyễn Văn An").Addresses);
        Assert.Contains("đã gắn Giấy mời", bot.InboxOf("an")[^1].Text);
        Assert.Contains("đang gắn với Giấy mời của đ/c Nguyễn Văn An", taken.Text);
        Assert.Empty(Find(bot, "Trần Thị Bình").Addresses);
    }

    [Fact]
    public async Task Remove_TellsThePerson_AndTheSeatGoesToTheWaitingList()
    {
        using var bot = Create(new() { ["Conference:Capacity"] = "1" });
        await bot.GivenAnAttendingDelegateAsync();
        await AttendsAsync(bot, bot.User("binh"), "Trần Thị Bình");
        Assert.Equal(Core.Delegates.RsvpStatus.Waiting, Find(bot, "Trần Thị Bình").Status);

        var reply = await bot.Admin.Says($"/daibieu_xoa {Find(bot, "Nguyễn Văn An").CheckInCode}");

        Assert.Contains("Đã xóa đ/c Nguyễn Văn An khỏi danh sách đại biểu", reply.Text);
        Assert.DoesNotContain(bot.Store.Query<Delegate>(), d => d.FullName == "Nguyễn Văn An");
        Assert.Contains("Giấy mời", bot.InboxOf("an")[^1].Text);
        Assert.Contains("đã được thu hồi", bot.InboxOf("an")[^1].Text);
        Assert.NotNull(Find(bot, "Trần Thị Bình").SeatOfferedAt);
        Assert.Contains(bot.InboxOf("binh"), m => m.Text.Contains("vừa có chỗ trống", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UndoCheckIn_ClearsTheArrival_AndTellsThePerson()
    {
        using var bot = Create();
        await bot.GivenAnAttendingDelegateAsync();
        await bot.Admin.Says("/diemdanh_canbo test:staff");
        await bot.User("staff").Says(Find(bot, "Nguyễn Văn An").CheckInCode);
        Assert.NotNull(Find(bot, "Nguyễn Văn An").CheckedInAt);

        var undone = await bot.Admin.Says($"/diemdanh_huy {Find(bot, "Nguyễn Văn An").CheckInCode}");
        var again = await bot.Admin.Says("/diemdanh_huy 0912345678");

        Assert.Contains("Đã hủy điểm danh của đ/c Nguyễn Văn An", undone.Text);
        Assert.Null(Find(bot, "Nguyễn Văn An").CheckedInAt);
        Assert.Contains("lượt điểm danh của đồng chí đã được Văn phòng Sở hủy", bot.InboxOf("an")[^1].Text);
        Assert.Contains("Đ/c Nguyễn Văn An chưa điểm danh", again.Text);
    }

    [Fact]
    public async Task Resend_SendsLinkInvitationQrAndCheckInQr_ToThePersonsAccount()
    {
        using var bot = Create();
        await bot.GivenAnAttendingDelegateAsync();
        var an = Find(bot, "Nguyễn Văn An");
        var before = bot.InboxOf("an").Count;

        var reply = await bot.Admin.Says($"/daibieu_guilai {an.InviteCode}");

        Assert.Contains("Đã gửi lại đường dẫn, mã QR và lịch (nếu có) tới 1 tài khoản của đ/c Nguyễn Văn An", reply.Text);
        var sent = bot.InboxOf("an").Skip(before).ToList();
        Assert.Contains(sent, m => m.Text.Contains($"Mã mời: {an.InviteCode}", StringComparison.Ordinal) && m.Text.Contains(an.Token, StringComparison.Ordinal));
        Assert.Contains(sent, m => m.Message.File?.FileName == $"Giấy mời - {an.InviteCode}.png");
        Assert.Contains(sent, m => m.Message.File?.FileName == $"diem-danh-{an.CheckInCode}.png");
    }

    [Fact]
    public async Task ReImport_ListsRowsMissingFromTheNewFile_AndProbableDuplicates_DeletingNothing()
    {
        using var bot = Create();
        await ImportAsync(bot);
        var cuong = Find(bot, "Lê Văn Cường");

        var reply = await ImportAsync(bot, "Họ tên,Chức vụ,Cơ quan/đơn vị,Số điện thoại\n" +
            "Nguyễn Văn An,Phó Chủ tịch,UBND tỉnh,0912345678\n" +
            "Trần Thị Bình,Chánh Văn phòng,Văn phòng UBND tỉnh,0983111222\n" +
            "Nguyễn Văn An,Phó Chủ tịch,UBND tỉnh,0977000999\n");

        Assert.Contains("thêm mới 1, cập nhật 2 đại biểu", reply.Text);
        Assert.Contains($"Có trong danh sách cũ nhưng không có trong tệp mới (1), vẫn được giữ; nếu cần xóa, xin dùng /daibieu_xoa <mã mời>:\n• Lê Văn Cường — Ban Thi đua - Khen thưởng (mã mời {cuong.InviteCode})", reply.Text);
        Assert.Contains("Có thể trùng người (1), xin kiểm tra:\n• Dòng 4: trùng họ tên với đ/c Nguyễn Văn An — UBND tỉnh", reply.Text);
        Assert.Equal(4, bot.Store.Query<Delegate>().Count());
    }

    private static async Task SendsSubstituteAsync(Support.ChatHarness bot, Support.ChatUser an, string name, string phone)
    {
        await OpensLinkAsync(an, Find(bot, "Nguyễn Văn An"));
        await an.SendsASubstituteAsync(name, phone);
    }

    [Fact]
    public async Task Substitute_HasOwnCode_OriginalsCodeCancelled_AndAChangedSubstituteCancelsTheFormerOnes()
    {
        using var bot = Create();
        await ImportAsync(bot);
        var an = bot.User("an");
        await SendsSubstituteAsync(bot, an, "Phạm Văn Đức", "0868123456");
        await bot.Admin.Says("/diemdanh_canbo test:staff");
        var staff = bot.User("staff");
        var duc = Find(bot, "Phạm Văn Đức");
        Assert.Equal("0868123456", duc.Phone);
        Assert.NotEqual(Find(bot, "Nguyễn Văn An").CheckInCode, duc.CheckInCode);

        var original = await staff.Says($"/diemdanh {Find(bot, "Nguyễn Văn An").CheckInCode}");
        Assert.Contains("Mã của đ/c Nguyễn Văn An đã hủy vì đồng chí đã cử đ/c Phạm Văn Đức (0868123456) đi thay", original.Text);
        Assert.Null(Find(bot, "Nguyễn Văn An").CheckedInAt);

        await SendsSubstituteAsync(bot, an, "Hoàng Thị Hà", "0869222333");
        var ha = Find(bot, "Hoàng Thị Hà");
        var former = await staff.Says($"/diemdanh {duc.CheckInCode}");
        var current = await staff.Says($"/diemdanh {ha.CheckInCode}");

        Assert.NotEqual(duc.CheckInCode, ha.CheckInCode);
        Assert.NotEqual(duc.InviteCode, ha.InviteCode);
        Assert.DoesNotContain("Đã điểm danh", former.Text);
        Assert.Contains("Đã điểm danh: Hoàng Thị Hà", current.Text);
    }

    [Theory]
    [InlineData("/daibieu_xoa", "Xin nhập theo mẫu: /daibieu_xoa")]
    [InlineData("/daibieu_xoa ZZZZ2222", "Không tìm thấy đại biểu có mã hoặc số điện thoại «ZZZZ2222»")]
    [InlineData("/daibieu_gan ZZZZ2222", "Xin nhập theo mẫu: /daibieu_gan")]
    [InlineData("/diemdanh_huy 0999 999", "Không tìm thấy đại biểu")]
    public async Task BadInput_SaysWhatIsExpected_AndChangesNothing(string command, string expected)
    {
        using var bot = Create();
        await ImportAsync(bot);

        var reply = await bot.Admin.Says(command);

        Assert.Contains(expected, reply.Text);
        Assert.Equal(3, bot.Store.Query<Delegate>().Count());
    }
}
