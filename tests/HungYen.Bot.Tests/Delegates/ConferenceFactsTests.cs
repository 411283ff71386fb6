using HungYen.Bot.Core.Conference;
using Microsoft.Extensions.DependencyInjection;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Delegates;

public sealed class ConferenceFactsTests
{
    [Fact]
    public async Task SetTime_TellsEveryDelegateWhoAnswered_AndOnlyThem()
    {
        using var bot = Create();
        await ImportAsync(bot);
        await AttendsAsync(bot, bot.User("an"), "Nguyễn Văn An");
        var binh = bot.User("binh");
        await OpensLinkAsync(binh, Find(bot, "Trần Thị Bình")); // recognised but not answered
        var before = binh.Inbox.Count;

        var reply = await bot.Admin.Says("/hoinghi_thoigian 18/12/2026 8:00");

        Assert.Contains("thông báo tới 1 đại biểu", reply.Text);
        Assert.Contains("Thời gian: 08:00, Thứ Sáu, ngày 18/12/2026", reply.Text);
        Assert.Contains("Thời gian: 08:00, Thứ Sáu, ngày 18/12/2026", bot.InboxOf("an")[^1].Text);
        Assert.Equal(before, binh.Inbox.Count);
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
