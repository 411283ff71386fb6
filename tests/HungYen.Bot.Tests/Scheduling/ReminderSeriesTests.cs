using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Delegates.Reminders;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Core.Texts;
using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Scheduling;

/// <summary>Issue 19, points 13–15: reminders after downtime, offsets that never collide, the conference day's quiet hours.</summary>
public sealed class ReminderSeriesTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task TwoDaysDown_ThreeDayAndOneDayBothMissed_OnlyTheLatestGoesOut()
    {
        using var bot = Create();
        await bot.GivenAnAttendingDelegateAsync();
        await bot.TickAsync();
        await bot.FlushAsync();

        await bot.TickAtAsync(new DateTimeOffset(2026, 12, 17, 9, 0, 0, Vietnam)); // down from 15/12 07:00 until 17/12 09:00
        var toAn = (await bot.FlushAsync()).Where(m => m.ChatId == "an").ToList();

        Assert.Single(toAn, m => m.Text.Contains("trân trọng nhắc"));
        Assert.Single(toAn, m => m.Message.File?.IsPhoto == true);
        var reminders = bot.Store.Query<ScheduledMessage>(m => m.Kind == DelegateReminders.Kind && m.Subject == Find(bot, "Nguyễn Văn An").Id);
        Assert.Equal(ScheduleStatus.Sent, reminders.Single(m => m.Id.Contains(":24h:")).Status);
        var superseded = reminders.Single(m => m.Id.Contains(":72h:"));
        Assert.Equal(ScheduleStatus.Skipped, superseded.Status);
        Assert.Equal(nameof(SkipReason.Superseded), superseded.Reason);
        Assert.Contains("chỉ gửi nhắc nhở mới nhất", Vi.Schedule.Reason(superseded.Reason));
    }

    [Fact]
    public async Task OffsetsOfMinutesAndHours_EachGetsItsOwnEntryAndLabel()
    {
        using var bot = Create(new()
        {
            ["Schedule:DelegateReminderOffsets:0"] = "00:25",
            ["Schedule:DelegateReminderOffsets:1"] = "00:28",
            ["Schedule:DelegateReminderOffsets:2"] = "02:00",
            ["Schedule:DelegateReminderOffsets:3"] = "02:20",
            ["Schedule:ConferenceDayReminderAt"] = "",
        });
        await bot.GivenAnAttendingDelegateAsync();

        await bot.TickAsync();

        var planned = bot.Store.Query<ScheduledMessage>(m => m.Kind == DelegateReminders.Kind);
        var titles = bot.Services.GetRequiredService<ScheduleTitles>();
        Assert.Equal(4, planned.Count);
        Assert.Equal(4, planned.Select(titles.Of).Distinct().Count());
        Assert.Equal(
            [Local(18, 5, 40), Local(18, 6, 0), Local(18, 7, 32), Local(18, 7, 35)],
            planned.Select(m => m.DueAt).Order());
        Assert.Contains(planned, m => titles.Of(m) == "Nhắc đại biểu Nguyễn Văn An (trước Hội nghị 2 giờ 20 phút)");
        Assert.Contains(planned, m => titles.Of(m) == "Nhắc đại biểu Nguyễn Văn An (trước Hội nghị 25 phút)");
    }

    [Fact]
    public async Task ConferenceDay_ReminderDueInQuietHours_GoesOutOnTime()
    {
        using var bot = Create(new() { ["Schedule:DelegateReminderOffsets:0"] = "02:00" });
        await bot.GivenAnAttendingDelegateAsync();
        await bot.TickAsync();
        await bot.FlushAsync();

        await bot.TickAtAsync(Local(18, 6, 0)); // 06:00 on the day: inside the default quiet hours 21:00–07:00

        Assert.Contains(await bot.FlushAsync(), m => m.ChatId == "an" && m.Text.Contains("trân trọng nhắc"));
    }

    private static DateTimeOffset Local(int day, int hour, int minute) => new(2026, 12, day, hour, minute, 0, Vietnam);

    private static ChatHarness Create(Dictionary<string, string?>? config = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:Username"] = "HungYenBot",
            ["Office:Phone"] = OfficePhone,
            ["Conference:Start"] = "2026-12-18T08:00",
            ["Conference:Venue"] = "Hội trường Sở KH&CN",
        };
        Settings.Merge(settings, config);

        return new ChatHarness(settings, services: s =>
        {
            s.AddDelegates();
            s.AddScheduling();
        });
    }
}
