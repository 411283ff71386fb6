using HungYen.Bot.Core.Conference;
using Microsoft.Extensions.DependencyInjection;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Delegates;

public sealed class ConferenceFactsTests
{
    [Fact]
    public async Task SetTime_AfterConfirmation_TellsEveryoneLinkedAnsweredOrNot()
    {
        using var bot = Create();
        await bot.GivenAnAttendingDelegateAsync();
        var binh = bot.User("binh");
        await OpensLinkAsync(binh, Find(bot, "Trần Thị Bình")); // recognised but not answered

        var asked = await bot.Admin.Says("/hoinghi_thoigian 18/12/2026 8:00");
        var reply = await bot.Admin.Says("/hoinghi_xacnhan");

        Assert.Contains("Sẽ thông báo tới 2 người", asked.Text);
        Assert.Contains("Đã lưu và gửi thông báo tới 2 người; 1 người tham dự nhận lịch (.ics) cập nhật.", reply.Text);
        Assert.Contains("Thời gian: 08:00, Thứ Sáu, ngày 18/12/2026", reply.Text);
        Assert.Contains(bot.InboxOf("an"), m => m.Text.Contains("Thời gian: chưa đặt → 08:00, Thứ Sáu, ngày 18/12/2026", StringComparison.Ordinal));
        Assert.Contains(bot.InboxOf("binh"), m => m.Text.Contains("Thời gian: chưa đặt → 08:00, Thứ Sáu, ngày 18/12/2026", StringComparison.Ordinal));
        Assert.Equal(new DateTime(2026, 12, 18, 8, 0, 0), bot.Services.GetRequiredService<ConferenceSchedule>().Current().Start);
    }

    [Fact]
    public async Task SetVenue_OverridesConfiguration_AndShowsInTheInvitation()
    {
        using var bot = Create(new() { ["Conference:Venue"] = "Chưa chốt" });
        await ImportAsync(bot);

        await bot.Admin.Says("/hoinghi_diadiem Hội trường tầng 3, Sở Khoa học và Công nghệ");
        var invitation = await OpensLinkAsync(bot.User("an"), Find(bot, "Nguyễn Văn An"));

        Assert.Contains("Địa điểm: Hội trường tầng 3, Sở Khoa học và Công nghệ", invitation.Text);
    }

    [Theory]
    [InlineData("/hoinghi_thoigian")]
    [InlineData("/hoinghi_thoigian 32/12/2026 08:00")]
    [InlineData("/hoinghi_thoigian ngày mai")]
    public async Task SetTime_Malformed_ShowsUsageAndChangesNothing(string command)
    {
        using var bot = Create();

        var reply = await bot.Admin.Says(command);

        Assert.Contains("Cách dùng: /hoinghi_thoigian 18/12/2026 08:00", reply.Text);
        Assert.Contains("Thời gian: chưa đặt", reply.Text);
        Assert.Null(bot.Store.Find<ConferenceOverride>(ConferenceOverride.SingleId));
    }

    [Fact]
    public async Task SetTime_ByNonAdmin_IsUnknown()
    {
        using var bot = Create();

        var reply = await bot.User("u").Says("/hoinghi_thoigian 18/12/2026 08:00");

        Assert.Contains("không có quyền", reply.Text);
        Assert.Null(bot.Store.Find<ConferenceOverride>(ConferenceOverride.SingleId));
    }
}
