using System.Text;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Telegram;

/// <summary>The whole delegates path through the Bot API: the office imports the list, a delegate confirms, staff check them in.</summary>
public sealed class DelegateEndToEndTests() : RealHostTest("hy-e2e-del")
{

    protected override IDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Bot:Username"] = "HungYenTestBot",
        ["Conference:Start"] = "2099-12-18T08:00",
        ["Conference:Venue"] = "Hội trường Sở KH&CN",
    };

    [Fact]
    public async Task ImportThenConfirmThenCheckIn_ThroughTheBotApi()
    {
        var office = new TelegramChat(Fake, RunningBot.AdminChat, "Văn phòng");
        await office.ConsentsAsync();
        await office.Presses("📋 Nhập danh sách đại biểu", "Xin gửi tệp danh sách đại biểu");
        var csv = "Họ tên,Chức vụ,Cơ quan/đơn vị,Số điện thoại,Nhóm,Ghi chú\nNguyễn Văn An,Phó Chủ tịch,UBND tỉnh,0912 345 678,Lãnh đạo UBND tỉnh,\nSai Dòng,,,123,,\n";
        Fake.UserSendsDocument(RunningBot.AdminChat, "danh-sach.csv", Encoding.UTF8.GetBytes(csv), "text/csv", "Văn phòng");
        var report = await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.Text.Contains("Các dòng cần xem lại (1)"), RunningBot.Wait);
        await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.FileName == "Giấy mời - mã QR.zip", RunningBot.Wait);
        Assert.Contains(Fake.Sent, m => m.ChatId == RunningBot.AdminChat && m.FileName == "Giấy mời - đường dẫn và mã mời.xlsx");
        Assert.Contains("thêm mới 1", report.Text);

        var an = Bot.Store.Query<Delegate>().Single(d => d.FullName == "Nguyễn Văn An");
        var delegateChat = new TelegramChat(Fake, 8101, "An");
        await delegateChat.Says($"/start {an.Token}", "Thông báo về xử lý dữ liệu cá nhân");
        var agree = delegateChat.Inbox.Last();
        Fake.UserPresses(8101, agree.CallbackDataOf("✅ Đồng ý"), agree.MessageId, "An");
        var invitation = await Fake.WaitForMessageAsync(m => m.ChatId == 8101 && m.InlineButtons.Any(b => b.Text == "✅ Tham dự"), RunningBot.Wait);
        Assert.Contains("Hội trường Sở KH&CN", invitation.Text);
        await delegateChat.Presses("✅ Tham dự", "Số điện thoại: 0912345678");
        await delegateChat.Presses("✅ Xác nhận", "đã xác nhận tham dự");
        await Fake.WaitForMessageAsync(m => m.ChatId == 8101 && m.FileName == "hoi-nghi.ics", RunningBot.Wait);

        await office.Says("/diemdanh_canbo telegram:8200", "Đã giao telegram:8200 làm cán bộ điểm danh");
        var staff = new TelegramChat(Fake, 8200, "Cán bộ lễ tân");
        await staff.ConsentsAsync();
        var checkInCode = Bot.Store.Query<Delegate>().Single(d => d.FullName == "Nguyễn Văn An").CheckInCode;
        // The conference is set for 2099: before the day, check-in asks the staff to confirm.
        await staff.Says($"/diemdanh {checkInCode}", "Hôm nay chưa phải ngày Hội nghị (18/12/2099)");
        await staff.Says($"/diemdanh {checkInCode} xacnhan", "✅ Đã điểm danh: Nguyễn Văn An");
        await staff.Says($"/diemdanh {checkInCode}", "đã điểm danh lúc");
        await office.Says("/diemdanh_tinhhinh", "Đã đến: 1 đại biểu / 1 đại biểu xác nhận tham dự");
        Assert.Empty(Fake.CallbackDataViolations);
    }
}
