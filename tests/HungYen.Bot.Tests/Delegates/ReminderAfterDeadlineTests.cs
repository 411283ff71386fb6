using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Delegates;

public sealed class ReminderAfterDeadlineTests : IDisposable
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly ChatHarness _bot = Create(
        new()
        {
            ["Conference:Start"] = "2026-12-18T08:00",
            ["Conference:RsvpDeadline"] = "2026-12-12T17:00",
            ["Conference:Venue"] = "Hội trường Sở KH&CN",
        },
        scheduling: true);

    public void Dispose() => _bot.Dispose();

    private Task<int> Tick() => _bot.Services.GetRequiredService<Scheduler>().TickAsync(CancellationToken.None);

    [Fact]
    public async Task PendingReminder_AfterTheDeadline_SaysWhatTheDelegateCanStillDo_WithoutTheExpiredButton()
    {
        var binh = await _bot.GivenAnInvitedDelegateAsync("Trần Thị Bình", "binh");
        await Tick();

        _bot.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 15, 8, 0, 0, Vietnam));
        await Tick();
        var sent = await _bot.FlushAsync();

        var toBinh = Assert.Single(sent, m => m.ChatId == "binh");
        Assert.Contains("Hạn xác nhận tham dự qua bot đã kết thúc (17:00 ngày 12/12/2026)", toBinh.Text);
        Assert.Contains($"xin liên hệ trực tiếp Văn phòng Sở Khoa học và Công nghệ tỉnh Hưng Yên, điện thoại {OfficePhone}", toBinh.Text);
        Assert.Empty(toBinh.Labels);
    }
}
