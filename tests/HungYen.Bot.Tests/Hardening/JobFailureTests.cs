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
public sealed class JobFailureTests() : RealHostTest("hy-jobfailure")
{
    protected override void AddServices(IServiceCollection services) => services.AddSingleton<IJobWork>(new FailingWork(Fake.Token));

    [Fact]
    public async Task Job_ThatThrows_PersonToldInVietnamese_NothingStagedKept_StoredAsFailedRedacted()
    {
        var office = new TelegramChat(Fake, RunningBot.AdminChat, "Văn phòng");
        await office.ConsentsAsync();
        var changes = new ChangeSet();
        changes.Upsert(new BackgroundJob { Id = "thu-loi/1", Kind = FailingWork.Name, Channel = "telegram", ChatId = RunningBot.AdminChat.ToString(System.Globalization.CultureInfo.InvariantCulture), Status = JobStatus.Queued, QueuedAt = DateTimeOffset.UtcNow });
        Bot.Store.Commit(changes);

        var told = await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.Text.StartsWith("Xin lỗi đồng chí, hệ thống gặp sự cố khi xử lý yêu cầu", StringComparison.Ordinal), RunningBot.Wait);

        Assert.Equal(Vi.Jobs.Failed(FailingWork.Title), told.Text);
        var job = Assert.Single(Bot.Store.Query<BackgroundJob>());
        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Contains(nameof(InvalidOperationException), job.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Fake.Token, job.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Bot.Store.Query<OutboxMessage>(), m => m.Text == FailingWork.Staged);
        Assert.DoesNotContain(Fake.Sent, m => m.Text == FailingWork.Staged);
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
