using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Tests.Support;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Delegates;

public sealed class ReminderAfterDeadlineTests : IDisposable
{
    private readonly ChatHarness _bot = CreateWithReminders(new() { ["Conference:RsvpDeadline"] = "2026-12-12T17:00" });

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task PendingReminder_AfterTheDeadline_SaysWhatTheDelegateCanStillDo_WithoutTheExpiredButton()
    {
        var binh = await _bot.GivenAnInvitedDelegateAsync("Trần Thị Bình", "binh");
        await _bot.TickAsync();

        await _bot.TickAtAsync(new DateTimeOffset(2026, 12, 15, 8, 0, 0, Vietnam));
        var sent = await _bot.FlushAsync();

        var toBinh = Assert.Single(sent, m => m.ChatId == "binh");
        Assert.Contains("Hạn xác nhận tham dự qua bot đã kết thúc (17:00 ngày 12/12/2026)", toBinh.Text);
        Assert.Contains($"xin liên hệ trực tiếp Văn phòng Sở Khoa học và Công nghệ tỉnh Hưng Yên, điện thoại {OfficePhone}", toBinh.Text);
        Assert.Empty(toBinh.Labels);
    }
}
