using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Delegates.Import;
using HungYen.Bot.Core.Jobs;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// Issue 14: the delegate import job's commit is conditional. A delegate's answer committed between the job's read and
/// its commit refuses the commit and the job is done again on the answered record, so the answer is kept and the row still
/// applied; under answers that never stop the job fails loudly, never overwriting; and an erasure of the office's data
/// while its import runs leaves nothing written back. A seam on the job runner (BeforeCommit) holds the window open.
/// Through the real host (fake Bot API on loopback, LiteDB on disk).
/// </summary>
public sealed class ImportCommitTests() : DelegateImportHostTest("hy-importcommit")
{
    private const long DelegateChat = 5_200_002;

    [Fact]
    public async Task DelegateConfirmsBetweenTheJobsReadAndItsCommit_TheAnswerIsKept_TheRowApplied()
    {
        var office = await OfficeAsync();
        await UploadAsync(office, Sheet(1), "⏳ Đang xử lý yêu cầu nhập danh sách đại biểu");
        await ReportAsync();
        var first = Bot.Store.Query<Delegate>().Single();
        var @delegate = new TelegramChat(Fake, DelegateChat, "Đại biểu");
        await @delegate.Says($"/start {first.Token}", "Thông báo về xử lý dữ liệu cá nhân");
        var agree = @delegate.Inbox.Last();
        Fake.UserPresses(DelegateChat, agree.CallbackDataOf("✅ Đồng ý"), agree.MessageId, "Đại biểu");
        await Fake.WaitForMessageAsync(m => m.ChatId == DelegateChat && m.InlineButtons.Any(b => b.Text == "✅ Tham dự"), RunningBot.Wait);
        await @delegate.Presses("✅ Tham dự", "Số điện thoại");

        // The list holds the same person (same phone) with a new position. The job has read the records and applied the
        // rows; right before its commit the delegate's confirmation is committed by their own turn.
        var window = HoldFirstCommit();
        await UploadAsync(office, Sheet(3, positionOfFirst: "Giám đốc"), "⏳ Đang xử lý yêu cầu nhập danh sách đại biểu");
        await window.Reached.WaitAsync(RunningBot.Wait);
        await @delegate.Presses("✅ Xác nhận", "đã xác nhận tham dự");
        Assert.Equal(RsvpStatus.Attending, Bot.Store.Find<Delegate>(first.Id)!.Status);
        window.Release();

        var report = await ReportAsync(after: 1);
        await PackAsync(office);
        Assert.Contains("thêm mới 2, cập nhật 1 đại biểu", report.Text, StringComparison.Ordinal);
        var after = Bot.Store.Find<Delegate>(first.Id)!;
        Assert.Equal(RsvpStatus.Attending, after.Status);
        Assert.Equal("Giám đốc", after.Position);
        Assert.Contains(after.History, h => h.To == RsvpStatus.Attending);
        Assert.Equal([1, 2], window.Attempts); // refused once, done again on the answered record
        Assert.Equal(3, Bot.Store.Query<Delegate>().Count);
        Assert.Equal(2, office.Inbox.Count(m => m.Text.StartsWith(Report, StringComparison.Ordinal)));
        Assert.All(Bot.Store.Query<BackgroundJob>(), j => Assert.Equal(JobStatus.Done, j.Status));
    }

    [Fact]
    public async Task DelegateKeepsAnsweringUntilTheAttemptsRunOut_TheJobFailsLoudly_NothingOverwritten()
    {
        var office = await OfficeAsync();
        await UploadAsync(office, Sheet(1), "⏳ Đang xử lý yêu cầu nhập danh sách đại biểu");
        await ReportAsync();
        var first = Bot.Store.Query<Delegate>().Single();
        var runner = Bot.Host.Services.GetRequiredService<JobRunner>();
        runner.FirstRetryDelay = TimeSpan.FromMilliseconds(10);
        var attempts = new List<int>();
        runner.BeforeCommit = (job, attempt) =>
        {
            if (job.Kind == DelegateImportJob.JobKind && attempt <= JobRunner.Attempts)
            {
                // Right before each of the job's commits the delegate changes their answer again.
                attempts.Add(attempt);
                var answer = Bot.Store.Find<Delegate>(first.Id)!;
                answer.Status = attempt % 2 == 1 ? RsvpStatus.Attending : RsvpStatus.Declined;
                var changes = new ChangeSet();
                changes.Upsert(answer);
                Bot.Store.Commit(changes);
            }

            return Task.CompletedTask;
        };

        await UploadAsync(office, Sheet(3, positionOfFirst: "Giám đốc"), "⏳ Đang xử lý yêu cầu nhập danh sách đại biểu");
        var told = await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.Text.Contains("chưa thực hiện được", StringComparison.Ordinal), TimeSpan.FromSeconds(30));

        Assert.StartsWith("Xin lỗi đồng chí, yêu cầu nhập danh sách đại biểu chưa thực hiện được", told.Text, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3, 4, 5], attempts);
        var after = Assert.Single(Bot.Store.Query<Delegate>());
        Assert.Equal((RsvpStatus.Attending, "Trưởng phòng"), (after.Status, after.Position)); // the last answer, the row not applied over it
        var job = Bot.Store.Query<BackgroundJob>().OrderBy(j => j.QueuedAt).Last();
        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.NotNull(job.Error);
        Assert.Null(Bot.Store.ReadFile(job.FileId!));
        Assert.Single(office.Inbox, m => m.Text.StartsWith(Report, StringComparison.Ordinal)); // the first import's only
    }

    [Fact]
    public async Task OfficeErasesTheirDataWhileTheirImportRuns_TheJobWritesNothingBack()
    {
        var office = await OfficeAsync();
        var window = HoldFirstCommit();
        await UploadAsync(office, Sheet(3), "⏳ Đang xử lý yêu cầu nhập danh sách đại biểu");
        var job = Assert.Single(Bot.Store.Query<BackgroundJob>());
        await window.Reached.WaitAsync(RunningBot.Wait);

        await office.Says("/dulieu", "Quyền của đồng chí đối với dữ liệu cá nhân");
        await office.Presses("🗑 Xóa dữ liệu của tôi", "chắc chắn muốn xóa");
        await office.Presses("🗑 Đồng ý xóa", "Đã xóa dữ liệu cá nhân của đồng chí");
        Assert.Empty(Bot.Store.Query<BackgroundJob>());
        window.Release();

        await RunningBot.UntilAsync(() => Bot.Logs.Lines.Any(l => l.Contains("dropped: its record was deleted while it ran", StringComparison.Ordinal)));
        await Task.Delay(TimeSpan.FromMilliseconds(400)); // nothing more comes
        Assert.Equal([1], window.Attempts); // not done again
        Assert.Empty(Bot.Store.Query<BackgroundJob>());
        Assert.Empty(Bot.Store.Query<Delegate>());
        Assert.Null(Bot.Store.ReadFile(job.FileId!));
        Assert.DoesNotContain(Fake.Sent, m => m.Text.StartsWith(Report, StringComparison.Ordinal));
        Assert.DoesNotContain(Fake.Sent, m => m.FileName == "Giấy mời - mã QR.zip");
    }

    /// <summary>Holds the next import job's first commit until the test releases it (a seam for the window between).</summary>
    private CommitWindow HoldFirstCommit()
    {
        var window = new CommitWindow();
        Bot.Host.Services.GetRequiredService<JobRunner>().BeforeCommit = async (job, attempt) =>
        {
            if (job.Kind == DelegateImportJob.JobKind)
            {
                window.Attempts.Add(attempt);
                if (attempt == 1)
                {
                    window.Reach();
                    await window.Released;
                }
            }
        };
        return window;
    }
    private sealed class CommitWindow
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<int> Attempts { get; } = [];

        public Task Reached => _reached.Task;

        public Task Released => _released.Task;

        public void Reach() => _reached.TrySetResult();

        public void Release() => _released.TrySetResult();
    }
}
