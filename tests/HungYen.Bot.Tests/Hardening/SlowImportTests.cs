using System.Diagnostics;
using System.Text;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Delegates.Import;
using HungYen.Bot.Core.Jobs;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Xunit.Abstractions;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// Issue 14, point 6: the delegate import is a stored job. The upload turn only checks the file and queues it, so while a
/// large list is read and applied another person's /id is answered within a second; the same list sent again while it
/// runs is imported once; a stop mid-job neither loses nor repeats it; a wrong sheet is still refused at once; an answer
/// a delegate gives between the job's read and its commit is kept (the conditional commit); and an erasure of the office's
/// data while its import runs leaves nothing written back. Through the real host (fake Bot API on loopback, LiteDB on disk).
/// </summary>
[Collection(SlowWorkCollection.Name)]
public sealed class SlowImportTests(ITestOutputHelper output) : RealHostTest("hy-slowimport")
{
    private const long Person = 5_200_001;
    private const long DelegateChat = 5_200_002;
    private const int Rows = 2_000;
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Report = "Kết quả nhập danh sách:";
    private static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
    private static readonly string[] Middles = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Thanh", "Xuân"];
    private static readonly string[] Givens = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thắng", "Thảo", "Trang", "Trung", "Tuấn", "Việt", "Vinh", "Yến", "Hiếu", "Khánh"];
    [Fact]
    public async Task LargeImport_AnotherPersonsIdAnsweredWithinASecond()
    {
        var office = await OfficeAsync();
        var person = new TelegramChat(Fake, Person, "Nguyễn Văn An");
        await person.ConsentsAsync();

        var uploading = Stopwatch.StartNew();
        var queued = await UploadAsync(office, Sheet(Rows), "⏳ Đang xử lý yêu cầu nhập danh sách đại biểu");
        var upload = uploading.Elapsed;
        await Task.Delay(200); // the job is under way

        var waited = Stopwatch.StartNew();
        Fake.UserSays(Person, "/id", "Nguyễn Văn An");
        var id = await Fake.WaitForMessageAsync(m => m.ChatId == Person && m.Text.Contains("Mã định danh của đồng chí là", StringComparison.Ordinal), TimeSpan.FromMinutes(2));
        var answered = waited.Elapsed;

        var report = await ReportAsync();
        var imported = uploading.Elapsed;
        await PackAsync(office);
        output.WriteLine($"import of {Rows:N0} rows: upload answered in {upload.TotalMilliseconds:N0} ms, report after {imported.TotalMilliseconds:N0} ms, pack after {uploading.Elapsed.TotalMilliseconds:N0} ms; another person's /id answered in {answered.TotalMilliseconds:N0} ms meanwhile");
        Assert.True(answered < TimeSpan.FromSeconds(1), $"/id answered after {answered.TotalMilliseconds:N0} ms");
        Assert.True(id.At < report.At, "the import was over before /id was asked: the test proves nothing");
        Assert.Contains($"thêm mới {Rows}, cập nhật 0 đại biểu", report.Text, StringComparison.Ordinal);
        Assert.Equal(Rows, Bot.Store.Query<Delegate>().Count);
        var job = Assert.Single(Bot.Store.Query<BackgroundJob>());
        Assert.Equal(JobStatus.Done, job.Status);
        Assert.Null(Bot.Store.ReadFile(job.FileId!)); // the uploaded list goes with the job's final commit
        Assert.True(queued.At <= id.At);
    }

    [Fact]
    public async Task SameListSentAgainWhileImporting_ToldItIsUnderWay_ImportedOnce()
    {
        var office = await OfficeAsync();
        var sheet = Sheet(Rows);
        await UploadAsync(office, sheet, "⏳ Đang xử lý yêu cầu nhập danh sách đại biểu");
        await UploadAsync(office, sheet, "⏳ Yêu cầu nhập danh sách đại biểu của đồng chí đang được xử lý");

        await ReportAsync();
        await PackAsync(office);
        await Task.Delay(TimeSpan.FromMilliseconds(400)); // nothing more comes
        Assert.Single(office.Inbox, m => m.Text.StartsWith(Report, StringComparison.Ordinal));
        Assert.Single(Bot.Store.Query<BackgroundJob>());
        Assert.Equal(Rows, Bot.Store.Query<Delegate>().Count);
    }

    [Fact]
    public async Task BotStoppedMidImport_ImportedOnceAfterTheRestart()
    {
        var office = await OfficeAsync();
        await UploadAsync(office, Sheet(Rows), "⏳ Đang xử lý yêu cầu nhập danh sách đại biểu");
        await StopHostAsync();
        using (var stopped = LiteDbRecordStore.Open(Database.Path))
        {
            var job = Assert.Single(stopped.Query<BackgroundJob>());
            Assert.Equal(JobStatus.Queued, job.Status);
            Assert.NotNull(stopped.ReadFile(job.FileId!)); // the list waits with it
            Assert.Empty(stopped.Query<Delegate>());
        }

        Assert.DoesNotContain(office.Inbox, m => m.Text.StartsWith(Report, StringComparison.Ordinal));

        await RestartHostAsync();
        var report = await ReportAsync();
        await PackAsync(office);
        await Task.Delay(TimeSpan.FromMilliseconds(400)); // nothing more comes
        Assert.Contains($"thêm mới {Rows}, cập nhật 0 đại biểu", report.Text, StringComparison.Ordinal);
        Assert.Single(office.Inbox, m => m.Text.StartsWith(Report, StringComparison.Ordinal));
        Assert.Single(office.Inbox, m => m.Text.StartsWith("⏳ Đang xử lý", StringComparison.Ordinal));
        Assert.Equal(Rows, Bot.Store.Query<Delegate>().Count);
        Assert.Equal(JobStatus.Done, Assert.Single(Bot.Store.Query<BackgroundJob>()).Status);
    }

    [Fact]
    public async Task SheetWithoutTheColumns_RefusedAtOnce_TheFlowWaitsForAnotherFile()
    {
        var office = await OfficeAsync();
        var wrong = Encoding.UTF8.GetBytes("Họ tên,Đơn vị\nNguyễn Văn An,UBND tỉnh\n");
        Fake.UserSendsDocument(RunningBot.AdminChat, "danh-sach.csv", wrong, "text/csv", "Văn phòng");
        await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.Text.StartsWith("Tệp thiếu cột: Chức vụ", StringComparison.Ordinal), RunningBot.Wait);
        Fake.UserSendsDocument(RunningBot.AdminChat, "danh-sach.xlsx", "không phải tệp Excel"u8.ToArray(), Xlsx, "Văn phòng");
        await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.Text.StartsWith("Không đọc được tệp", StringComparison.Ordinal), RunningBot.Wait);
        Assert.Empty(Bot.Store.Query<BackgroundJob>());

        // Still in the import: the right file is taken without starting over.
        Fake.UserSendsDocument(RunningBot.AdminChat, "danh-sach.xlsx", Sheet(3), Xlsx, "Văn phòng");
        var report = await ReportAsync();
        Assert.Contains("thêm mới 3, cập nhật 0 đại biểu", report.Text, StringComparison.Ordinal);
    }

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

    private async Task<TelegramChat> OfficeAsync()
    {
        var office = new TelegramChat(Fake, RunningBot.AdminChat, "Văn phòng");
        await office.ConsentsAsync();
        await office.Presses("📋 Nhập danh sách đại biểu", "Xin gửi tệp danh sách đại biểu");
        return office;
    }

    /// <summary>The import ended with its upload: the office opens it again from a fresh menu.</summary>
    private static async Task ImportAgainAsync(TelegramChat office)
    {
        await office.Says("/start", "Xin đồng chí chọn việc cần làm");
        await office.Presses("📋 Nhập danh sách đại biểu", "Xin gửi tệp danh sách đại biểu");
    }

    private async Task<WireMessage> UploadAsync(TelegramChat office, byte[] sheet, string expect, bool pressImport = true)
    {
        if (pressImport && office.Inbox.Any(m => m.Text.StartsWith("⏳", StringComparison.Ordinal)))
        {
            await ImportAgainAsync(office);
        }

        var before = office.Inbox.Count;
        Fake.UserSendsDocument(RunningBot.AdminChat, "danh-sach.xlsx", sheet, Xlsx, "Văn phòng");
        return await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && office.Inbox.IndexOf(m) >= before && m.Text.StartsWith(expect, StringComparison.Ordinal), RunningBot.Wait);
    }

    private async Task<WireMessage> ReportAsync(int after = 0)
    {
        await Waiting.UntilAsync(() => Fake.Sent.Count(m => m.ChatId == RunningBot.AdminChat && m.Text.StartsWith(Report, StringComparison.Ordinal)) > after, "the import's report", TimeSpan.FromMinutes(2));
        return Fake.Sent.Last(m => m.ChatId == RunningBot.AdminChat && m.Text.StartsWith(Report, StringComparison.Ordinal));
    }

    private static Task PackAsync(TelegramChat office) =>
        Waiting.UntilAsync(() => office.Inbox.Any(m => m.FileName == "Giấy mời - mã QR.zip"), "the invitation pack", TimeSpan.FromMinutes(2));

    /// <summary>A list of <paramref name="rows"/> delegates with distinct mobiles, as the office's Excel saves it.</summary>
    private static byte[] Sheet(int rows, string positionOfFirst = "Trưởng phòng")
    {
        var list = Enumerable.Range(0, rows).Select(i => new Dictionary<string, object>
        {
            ["STT"] = i + 1,
            ["Họ và tên"] = $"{Families[i % Families.Length]} {Middles[i / Families.Length % Middles.Length]} {Givens[i / (Families.Length * Middles.Length) % Givens.Length]}",
            ["Chức vụ"] = i == 0 ? positionOfFirst : "Trưởng phòng",
            ["Cơ quan/đơn vị"] = $"Phòng Quản lý khoa học số {i % 50 + 1}",
            ["Số điện thoại"] = $"0912{i:000000}",
            ["Nhóm"] = "",
            ["Ghi chú"] = "",
        });
        using var stream = new MemoryStream();
        stream.SaveAs(list);
        return stream.ToArray();
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
