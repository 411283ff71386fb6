using HungYen.Bot.Core.Jobs;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// Issue 14, point 6: a finished job's record keeps the chat id of the admin who asked. It is deleted Jobs:RetentionDays
/// days (7 by default) after it finished, by the job runner's hourly look; a job still queued is kept; and a person's
/// erasure deletes their jobs. On the chat harness with a FakeTimeProvider.
/// </summary>
public sealed class JobRetentionTests
{
    [Fact]
    public async Task FinishedJob_KeptSevenDays_ThenDeleted_AQueuedOneKept()
    {
        using var bot = Harness();
        var runner = bot.Services.GetRequiredService<JobRunner>();
        await bot.Admin.Says("/xuat");
        var done = Assert.Single(bot.Store.Query<BackgroundJob>());
        Assert.Equal(JobStatus.Done, done.Status);
        Record(bot, "telegram", "42", JobStatus.Queued, bot.Clock.GetUtcNow() - TimeSpan.FromDays(30)); // queued a month ago, not done yet

        bot.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, runner.ExpireFinished());
        Assert.NotNull(bot.Store.Find<BackgroundJob>(done.Id));

        bot.Clock.Advance(JobRunner.ExpiryInterval);
        Assert.Equal(1, runner.ExpireFinished());
        Assert.Null(bot.Store.Find<BackgroundJob>(done.Id));
        Assert.Equal(JobStatus.Queued, Assert.Single(bot.Store.Query<BackgroundJob>()).Status);
    }

    [Fact]
    public async Task RetentionDays_Configured_FinishedJobDeletedAfterThem_LookedForAtMostHourly()
    {
        using var bot = Harness(new Dictionary<string, string?> { ["Jobs:RetentionDays"] = "2" });
        var runner = bot.Services.GetRequiredService<JobRunner>();
        Assert.Equal(0, runner.ExpireFinished()); // the runner's first look, with nothing to delete
        await bot.Admin.Says("/xuat");

        bot.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, runner.ExpireFinished());
        Assert.Empty(bot.Store.Query<BackgroundJob>());

        await bot.Admin.Says("/xuat");
        bot.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(30));
        Assert.Equal(0, runner.ExpireFinished()); // not yet two days
        bot.Clock.Advance(TimeSpan.FromMinutes(40));
        Assert.Equal(0, runner.ExpireFinished()); // two days are over, but it looked less than an hour ago
        Assert.Single(bot.Store.Query<BackgroundJob>());
        bot.Clock.Advance(TimeSpan.FromMinutes(21));
        Assert.Equal(1, runner.ExpireFinished());
    }

    [Fact]
    public async Task AdminErasesTheirData_TheirJobsDeleted_OthersKept()
    {
        using var bot = Harness();
        await bot.Admin.Says("/xuat");
        await bot.Admin.Says("/xuat");
        var others = Record(bot, "telegram", "42", JobStatus.Done, bot.Clock.GetUtcNow());

        await bot.Admin.Says("/dulieu");
        var seen = await bot.Admin.Presses("📄 Xem dữ liệu của tôi");
        Assert.Contains("Số yêu cầu xử lý nền của đồng chí (xuất, tải tệp, nhập danh sách) đang lưu: 2; mỗi yêu cầu được xóa 7 ngày sau khi xử lý xong", seen.Text, StringComparison.Ordinal);

        await bot.Admin.Says("/dulieu");
        await bot.Admin.Presses("🗑 Xóa dữ liệu của tôi");
        var erased = await bot.Admin.Presses("🗑 Đồng ý xóa");

        Assert.Contains("Đã xóa dữ liệu cá nhân", erased.Text, StringComparison.Ordinal);
        Assert.Equal(others, Assert.Single(bot.Store.Query<BackgroundJob>()).Id);
    }

    /// <summary>The office's /xuat is a job: the harness with nominations.</summary>
    private static ChatHarness Harness(IDictionary<string, string?>? config = null) => new(config, services: s => s.AddNominations());

    /// <summary>Another chat's job (the harness runs queued jobs at each update: a queued one is added after the last).</summary>
    private static string Record(ChatHarness bot, string channel, string chat, JobStatus status, DateTimeOffset at)
    {
        var changes = new ChangeSet();
        var id = $"xuat/{Guid.NewGuid():N}";
        changes.Upsert(new BackgroundJob { Id = id, Kind = "xuat", Channel = channel, ChatId = chat, Status = status, QueuedAt = at, FinishedAt = status == JobStatus.Queued ? null : at });
        bot.Store.Commit(changes);
        return id;
    }
}
