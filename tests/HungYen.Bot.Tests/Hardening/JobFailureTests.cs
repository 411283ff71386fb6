using HungYen.Bot.Core.Jobs;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Core.Texts;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// Issue 14, point 6: a background job that fails tells the person who asked, in Vietnamese; nothing it staged is sent
/// or kept, and the job is stored as failed with its error redacted. Through the real host.
/// </summary>
public sealed class JobFailureTests : IAsyncLifetime
{
    private readonly FakeTelegramServer _fake = new();
    private readonly TempDatabase _db = new("hy-jobfailure");
    private RunningBot? _bot;

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        _bot = await RunningBot.StartAsync(_fake, _db.Path, services: s => s.AddSingleton<IJobWork>(new FailingWork(_fake.Token)));
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await _fake.DisposeAsync();
        _db.Dispose();
    }

    [Fact]
    public async Task Job_ThatThrows_PersonToldInVietnamese_NothingStagedKept_StoredAsFailedRedacted()
    {
        var office = new TelegramChat(_fake, RunningBot.AdminChat, "Văn phòng");
        await office.ConsentsAsync();
        var changes = new ChangeSet();
        changes.Upsert(new BackgroundJob { Id = "thu-loi/1", Kind = FailingWork.Name, Channel = "telegram", ChatId = RunningBot.AdminChat.ToString(System.Globalization.CultureInfo.InvariantCulture), Status = JobStatus.Queued, QueuedAt = DateTimeOffset.UtcNow });
        _bot!.Store.Commit(changes);

        var told = await _fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.Text.StartsWith("Xin lỗi đồng chí, hệ thống gặp sự cố khi xử lý yêu cầu", StringComparison.Ordinal), RunningBot.Wait);

        Assert.Equal(Vi.Jobs.Failed(FailingWork.Title), told.Text);
        var job = Assert.Single(_bot.Store.Query<BackgroundJob>());
        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Contains(nameof(InvalidOperationException), job.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(_fake.Token, job.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Store.Query<OutboxMessage>(), m => m.Text == FailingWork.Staged);
        Assert.DoesNotContain(_fake.Sent, m => m.Text == FailingWork.Staged);
    }

    private sealed class FailingWork(string token) : IJobWork
    {
        public const string Name = "thu-loi";
        public const string Title = "xuất thử";
        public const string Staged = "Tin này không được gửi.";

        public string Kind => Name;

        public string TitleVi => Title;

        public Task RunAsync(JobContext job, CancellationToken cancellationToken)
        {
            job.Say(Staged);
            throw new InvalidOperationException($"failed calling https://api.telegram.org/bot{token}/sendDocument");
        }
    }
}
