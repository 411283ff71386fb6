using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Delegates.Reminders;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Tests.Support;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Delegates;

public sealed class DelegateRemindersTests : IDisposable
{
    private readonly ChatHarness _bot = CreateWithReminders();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task ThreeDaysBefore_AttendingGetTimeVenueAndQr_PendingAreAskedToAnswer_UnreachedNothing()
    {
        var an = await _bot.GivenAnAttendingDelegateAsync();
        var binh = _bot.User("binh");
        await OpensLinkAsync(binh, Find(_bot, "Trần Thị Bình"));
        await _bot.TickAsync();

        await _bot.TickAtAsync(new DateTimeOffset(2026, 12, 15, 8, 0, 0, Vietnam));
        var sent = await _bot.FlushAsync();

        var toAn = sent.Where(m => m.ChatId == "an").ToList();
        Assert.Contains("trân trọng nhắc đồng chí tham dự Hội nghị Tổng kết", toAn[0].Text);
        Assert.Contains("08:00, Thứ Sáu, ngày 18/12/2026", toAn[0].Text);
        Assert.Contains("Hội trường Sở KH&CN", toAn[0].Text);
        Assert.True(toAn[1].Message.File!.IsPhoto);
        var toBinh = Assert.Single(sent, m => m.ChatId == "binh");
        Assert.Contains("chưa nhận được xác nhận tham dự", toBinh.Text);
        Assert.Contains("/giaymoi", toBinh.Text);
        Assert.Equal(["📨 Xem Giấy mời và trả lời"], toBinh.Labels);

        var invitation = await binh.PressesOn(toBinh, "📨 Xem Giấy mời và trả lời");
        Assert.Contains("✅ Tham dự", invitation.Choices);
        var review = await binh.Presses("✅ Tham dự");
        Assert.Contains("Trần Thị Bình", review.Text);
        Assert.Equal(["an", "an", "binh"], sent.Select(m => m.ChatId).Where(c => c != ChatHarness.AdminId).Order());
    }

    [Fact]
    public async Task OnTheDay_At07_EvenInsideQuietHoursSettings()
    {
        var an = await _bot.GivenAnAttendingDelegateAsync();
        await _bot.TickAsync();
        await _bot.TickAtAsync(new DateTimeOffset(2026, 12, 17, 8, 1, 0, Vietnam));
        await _bot.FlushAsync();

        await _bot.TickAtAsync(new DateTimeOffset(2026, 12, 18, 7, 0, 0, Vietnam)); // 00:00 UTC: the UTC day changes here

        Assert.Contains(await _bot.FlushAsync(), m => m.ChatId == "an" && m.Text.Contains("trân trọng nhắc"));
    }

    [Fact]
    public async Task ConferenceMoved_UnsentRemindersFollowTheNewDate()
    {
        var an = await _bot.GivenAnAttendingDelegateAsync();
        await _bot.TickAsync();

        await _bot.Admin.Says("/hoinghi_thoigian 22/12/2026 08:00");
        await _bot.Admin.Says("/hoinghi_xacnhan");
        await _bot.TickAsync();

        var planned = _bot.Store.Query<ScheduledMessage>(m => m.Kind == DelegateReminders.Kind && m.Status == ScheduleStatus.Planned);
        Assert.All(planned, m => Assert.Contains(":202612220800:", m.Id));
        Assert.Contains(_bot.Store.Query<ScheduledMessage>(m => m.Kind == DelegateReminders.Kind), m => m.Status == ScheduleStatus.Cancelled);
        await _bot.TickAtAsync(new DateTimeOffset(2026, 12, 15, 8, 0, 0, Vietnam));
        Assert.DoesNotContain(await _bot.FlushAsync(), m => m.Text.Contains("trân trọng nhắc"));
        await _bot.TickAtAsync(new DateTimeOffset(2026, 12, 19, 8, 0, 0, Vietnam));
        Assert.Contains(await _bot.FlushAsync(), m => m.ChatId == "an" && m.Text.Contains("22/12/2026"));
    }

    [Fact]
    public async Task Summary_CountsEachAnswerNamesThosePendingAndAttachesTheWorkbook()
    {
        await _bot.GivenAnAttendingDelegateAsync();

        var reply = await _bot.Admin.Says("/baocao");

        Assert.Contains("Mời: 3; tham dự: 1; không tham dự: 0; cử người thay: 0; chưa trả lời: 2", reply.Text);
        Assert.Contains("• Trần Thị Bình — Văn phòng UBND tỉnh — 0983111222", reply.Text);
        Assert.Contains(reply.Messages, m => m.Message.File?.FileName.StartsWith("Danh sách đại biểu ", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task DelegateDeletesTheirData_PhoneAndAccountGoTheOfficeIsTold()
    {
        var an = await _bot.GivenAnAttendingDelegateAsync();

        await an.Says("/dulieu");
        var view = await an.Presses("📄 Xem dữ liệu của tôi");
        Assert.Contains("Đại biểu: Nguyễn Văn An, Phó Chủ tịch, UBND tỉnh, điện thoại 0912345678", view.Text);
        await an.Says("/dulieu");
        await an.Presses("🗑 Xóa dữ liệu của tôi");
        await an.Presses("🗑 Đồng ý xóa");

        var saved = Find(_bot, "Nguyễn Văn An");
        Assert.Equal("", saved.Phone);
        Assert.Empty(saved.Addresses);
        Assert.Contains(_bot.InboxOf(ChatHarness.AdminId), m => m.Text.Contains("Đại biểu Nguyễn Văn An (UBND tỉnh): đã xóa số điện thoại"));
    }

    [Fact]
    public async Task Retention_AfterTheConference_PurgesEveryPhoneAndAccount()
    {
        await _bot.GivenAnAttendingDelegateAsync();
        await _bot.TickAsync();

        await _bot.TickAtAsync(new DateTimeOffset(2027, 3, 19, 0, 0, 0, Vietnam)); // 90 days after 18/12/2026

        Assert.All(_bot.Store.Query<Core.Delegates.Delegate>(), d => Assert.True(d.Phone == "" && d.Addresses.Count == 0));
        Assert.Contains(await _bot.FlushAsync(), m => m.Text.Contains("đã xóa số điện thoại, tài khoản trò chuyện và ghi chú của 3 đại biểu"));
    }
}
