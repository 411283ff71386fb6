using System.Diagnostics;
using System.Text;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Jobs;
using HungYen.Bot.Storage;
using HungYen.Bot.Tests.Support;
using Xunit.Abstractions;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// Issue 14, point 6: the delegate import is a stored job. The upload turn only checks the file and queues it, so while a
/// large list is read and applied another person's /id is answered within a second; the same list sent again while it
/// runs is imported once; a stop mid-job neither loses nor repeats it; a wrong sheet is still refused at once. Through the
/// real host (fake Bot API on loopback, LiteDB on disk). An answer given while the job runs: <see cref="ImportCommitTests"/>.
/// </summary>
[Collection(SlowWorkCollection.Name)]
public sealed class SlowImportTests(ITestOutputHelper output) : DelegateImportHostTest("hy-slowimport")
{
    private const long Person = 5_200_001;
    private const int Rows = 2_000;

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
}
