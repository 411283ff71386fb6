using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Hosting;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Ceremony;

/// <summary>
/// Issue 18 point 1: the awardees' invitation is offered where the decision is recorded, and before the start the
/// office hears which awardees have not arrived.
/// </summary>
public sealed class AwardeeFollowUpTests : IDisposable
{
    private const string InviteButton = "📨 Mời người được khen thưởng dự Hội nghị";
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly ChatHarness _bot = StageHarness.Create(new Dictionary<string, string?>
    {
        ["Conference:Start"] = "2026-12-18T08:00",
        ["Office:Phone"] = "0221 3862 345",
    });

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task RecordingADecision_OffersTheAwardeesInvitation_ByButtonOrByTypedNumber()
    {
        await StageHarness.DecideAsync(_bot);
        var decided = _bot.Admin.Inbox.Last(m => m.Labels.Contains(InviteButton));
        Assert.Contains("Trung tâm Thông tin, thống kê, ứng dụng khoa học và công nghệ (BK-TT-001) đã có Quyết định khen thưởng", decided.Text);

        var invited = await _bot.Admin.PressesOn(decided, InviteButton);

        Assert.Contains("Đã lập 4 giấy mời cho tập thể, cá nhân được khen thưởng", invited.Text);
        Assert.Equal(4, _bot.Store.Query<Delegate>().Count(d => d.AwardeeFor is not null));

        // Named now, the collective's receiver is invited by typing the number of the offer just made.
        await _bot.Admin.Says("/sankhau nhanthay BK-TT-001 Đặng Văn Long; Phó Giám đốc Trung tâm");
        var offer = await _bot.Admin.Says("/hoso_buoc GK-CN-003 khenthuong");
        Assert.Equal([InviteButton], offer.Choices);
        var typed = await _bot.Admin.Says("1");

        Assert.Contains("Đã lập 2 giấy mời", typed.Text);
        Assert.Contains("Đặng Văn Long", typed.Text);
        Assert.Contains("Vũ Văn Chưa Ký", typed.Text);
    }

    [Fact]
    public async Task BeforeTheStart_TheOfficeIsToldWhichAwardeesHaveNotArrived_Once()
    {
        using var bot = StageHarness.Create(
            new Dictionary<string, string?> { ["Conference:Start"] = "2026-12-18T08:00", ["Ceremony:MissingAwardeesNoticeMinutes"] = "30" },
            scheduling: true);
        await StageHarness.DecideAsync(bot);
        await bot.Admin.Says("/moi_khenthuong");
        var scheduler = bot.Services.GetRequiredService<Scheduler>();
        bot.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 18, 7, 10, 0, Vietnam));
        await scheduler.TickAsync(CancellationToken.None);
        var an = bot.Store.Query<Delegate>().Single(d => d.AwardeeFor == "GK-CN-001");
        await bot.Admin.Says($"/diemdanh {an.CheckInCode}");
        await bot.FlushAsync();

        bot.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 18, 7, 31, 0, Vietnam));
        await scheduler.TickAsync(CancellationToken.None);
        await scheduler.TickAsync(CancellationToken.None);
        var sent = await bot.FlushAsync();

        var notice = Assert.Single(sent, m => m.ChatId == ChatHarness.AdminId && m.Text.Contains("người nhận khen thưởng chưa điểm danh", StringComparison.Ordinal));
        Assert.StartsWith("⚠️ Đến 07:31, còn 3 người nhận khen thưởng chưa điểm danh (Hội nghị khai mạc lúc 08:00):", notice.Text);
        Assert.Contains("• Lê Thị Hoa, Viên chức — Trung tâm Thông tin, thống kê", notice.Text);
        Assert.Contains("• Phạm Văn Hùng, Trưởng phòng — Phòng Quản lý khoa học", notice.Text);
        Assert.Contains("• Trần Thị Ánh, Trưởng phòng — Phòng Quản lý khoa học", notice.Text);
        Assert.DoesNotContain("Nguyễn Văn An", notice.Text);
    }
}
