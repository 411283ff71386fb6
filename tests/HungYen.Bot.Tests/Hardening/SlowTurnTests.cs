using System.Diagnostics;
using HungYen.Bot.Core.Jobs;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using Xunit.Abstractions;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// Issue 14, point 6: one slow turn never blocks everyone. The office's /xuat_baocao over many large báo cáo files
/// takes seconds: it is a stored job, done outside every turn, so meanwhile another person's /id is answered within a
/// second; asked again it is not started twice; a stop mid-job neither loses nor repeats it. Through the real host
/// (fake Bot API on loopback, LiteDB on disk).
/// </summary>
[Collection(SlowWorkCollection.Name)]
public sealed class SlowTurnTests(ITestOutputHelper output) : RealHostTest("hy-slowturn")
{
    private const long Person = 5_100_001;
    private const int Dossiers = 40;
    private const int DossierBytes = 1536 * 1024;
    private const int Parts = 4; // 60 MB of files in parts of at most 20 MB
    private static readonly Dictionary<string, string?> Config = new() { ["Nominations:ArchivePartMegabytes"] = "20" };

    protected override IDictionary<string, string?> HostSettings => Config;

    [Fact]
    public async Task ReportFilesExport_TakingSeconds_AnotherPersonsIdAnsweredWithinASecond()
    {
        var office = new TelegramChat(Fake, RunningBot.AdminChat, "Văn phòng");
        var person = new TelegramChat(Fake, Person, "Nguyễn Văn An");
        await office.ConsentsAsync();
        await person.ConsentsAsync();
        SeedDossiers(Bot.Store);

        var exporting = Stopwatch.StartNew();
        var asked = Fake.UserSays(RunningBot.AdminChat, "/xuat_baocao", "Văn phòng");
        await RunningBot.UntilAsync(() => Fake.LastDelivered >= asked);
        await Task.Delay(200); // the export is under way

        var waited = Stopwatch.StartNew();
        Fake.UserSays(Person, "/id", "Nguyễn Văn An");
        var id = await Fake.WaitForMessageAsync(m => m.ChatId == Person && m.Text.Contains("Mã định danh của đồng chí là", StringComparison.Ordinal), TimeSpan.FromMinutes(2));
        var answered = waited.Elapsed;

        await ArchivesAsync(office);
        output.WriteLine($"/xuat_baocao of {Dossiers} files of {DossierBytes / 1024} KB: archives delivered after {exporting.Elapsed.TotalMilliseconds:N0} ms; another person's /id answered in {answered.TotalMilliseconds:N0} ms meanwhile");
        Assert.True(answered < TimeSpan.FromSeconds(1), $"/id answered after {answered.TotalMilliseconds:N0} ms");
        Assert.True(id.At < office.Inbox.First(m => m.FileName is not null).At, "the export was over before /id was asked: the test proves nothing");
        Assert.Contains(office.Inbox, m => m.Text.StartsWith("⏳ Đang xử lý yêu cầu tải tất cả tệp Báo cáo thành tích", StringComparison.Ordinal));
        Assert.Equal(JobStatus.Done, Assert.Single(Bot.Store.Query<BackgroundJob>()).Status);
    }

    [Fact]
    public async Task ReportFilesExport_AskedAgainWhileRunning_ToldItIsUnderWay_DoneOnce()
    {
        var office = new TelegramChat(Fake, RunningBot.AdminChat, "Văn phòng");
        await office.ConsentsAsync();
        SeedDossiers(Bot.Store);

        await office.Says("/xuat_baocao", "⏳ Đang xử lý yêu cầu tải tất cả tệp Báo cáo thành tích");
        await office.Says("/xuat_baocao", "⏳ Yêu cầu tải tất cả tệp Báo cáo thành tích của đồng chí đang được xử lý");

        await ArchivesAsync(office);
        await Task.Delay(TimeSpan.FromMilliseconds(400)); // nothing more comes
        Assert.Equal(Parts, office.Inbox.Count(m => m.FileName is not null));
        Assert.Single(Bot.Store.Query<BackgroundJob>());
    }

    [Fact]
    public async Task ReportFilesExport_BotStoppedMidJob_DoneOnceAfterTheRestart()
    {
        var office = new TelegramChat(Fake, RunningBot.AdminChat, "Văn phòng");
        await office.ConsentsAsync();
        SeedDossiers(Bot.Store);

        await office.Says("/xuat_baocao", "⏳ Đang xử lý yêu cầu tải tất cả tệp Báo cáo thành tích");
        await StopHostAsync();
        using (var stopped = LiteDbRecordStore.Open(Database.Path))
        {
            Assert.Equal(JobStatus.Queued, Assert.Single(stopped.Query<BackgroundJob>()).Status);
        }

        Assert.DoesNotContain(office.Inbox, m => m.FileName is not null);

        await RestartHostAsync();
        await ArchivesAsync(office);
        await Task.Delay(TimeSpan.FromMilliseconds(400)); // nothing more comes
        Assert.Equal(Parts, office.Inbox.Count(m => m.FileName is not null));
        Assert.Single(office.Inbox, m => m.Text.StartsWith("⏳ Đang xử lý", StringComparison.Ordinal));
        Assert.Equal(JobStatus.Done, Assert.Single(Bot.Store.Query<BackgroundJob>()).Status);
    }

    [Fact]
    public async Task Export_QueuedWhileTheRunnerWaits_StartsAtTheCommit_NotAtItsNextLook()
    {
        var office = new TelegramChat(Fake, RunningBot.AdminChat, "Văn phòng");
        await office.ConsentsAsync();
        SeedDossiers(Bot.Store);
        await Task.Delay(500); // the runner has looked, found nothing, and waits (up to JobRunner.PollInterval)

        var asked = Stopwatch.StartNew();
        await office.Says("/xuat", "⏳ Đang xử lý");
        await Waiting.UntilAsync(() => office.Inbox.Count(m => m.FileName is not null) >= 2, "the workbook and the CSV", TimeSpan.FromMinutes(1));
        output.WriteLine($"/xuat answered with its files after {asked.Elapsed.TotalMilliseconds:N0} ms (the runner looks by itself every {JobRunner.PollInterval.TotalSeconds:N0} s)");
        Assert.True(asked.Elapsed < JobRunner.PollInterval / 2, $"the files came after {asked.Elapsed.TotalMilliseconds:N0} ms: the job waited for the runner's own look");
    }

    private static Task ArchivesAsync(TelegramChat office) =>
        Waiting.UntilAsync(() => office.Inbox.Count(m => m.FileName is not null) >= Parts, "every part of the archive", TimeSpan.FromMinutes(2));

    /// <summary>Submitted dossiers, each with a báo cáo thành tích of random (incompressible) bytes.</summary>
    private static void SeedDossiers(IRecordStore store)
    {
        var changes = new ChangeSet();
        for (var i = 1; i <= Dossiers; i++)
        {
            var content = new byte[DossierBytes];
            Random.Shared.NextBytes(content);
            "%PDF"u8.CopyTo(content);
            var id = $"GK-CN-{i:000}";
            changes.SaveFile(new StoredFile($"bc/{id}", "bao-cao.pdf", content));
            changes.Upsert(new Nomination
            {
                Id = id,
                UnitCode = "QLKH",
                Award = AwardLevel.DirectorCertificate,
                Kind = NomineeKind.Individual,
                Name = $"Nguyễn Văn An {i}",
                BirthYear = 1980,
                Status = NominationStatus.Submitted,
                FileId = $"bc/{id}",
                FileName = "bao-cao.pdf",
            });
        }

        store.Commit(changes);
    }
}
