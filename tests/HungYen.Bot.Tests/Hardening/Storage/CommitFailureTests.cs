using HungYen.Bot.Core.Storage;
using HungYen.Bot.Hosting;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Hardening.Storage;

/// <summary>Commits that fail (a full disk, an I/O error): nothing is acknowledged or sent until the store writes again.</summary>
public sealed class CommitFailureTests() : RealHostTest("hy-commitfail")
{
    private const long User = 6201;
    private FailingStore? _store;

    private FailingStore Store => _store!;

    private string BackupFolder => Database.Path + "-backups";

    protected override IDictionary<string, string?> HostSettings => new Dictionary<string, string?> { ["Storage:BackupFolder"] = BackupFolder };

    protected override void AddServices(IServiceCollection services) =>
        services.AddSingleton<IRecordStore>(sp => _store = new FailingStore(sp.GetRequiredService<LiteDbRecordStore>()));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(BackupFolder))
        {
            Directory.Delete(BackupFolder, recursive: true);
        }
    }

    [Fact]
    public async Task Commit_DiskFull_UpdateNotAcknowledgedNoReplyOneAlarmThenAppliedOnceWhenSpaceReturns()
    {
        var user = new TelegramChat(Fake, User, "Trần Thị Bình");
        await user.ConsentsAsync();
        var repliesBefore = user.Inbox.Count;

        Store.Failing = true;
        var update = Fake.UserSays(User, "/id", "Trần Thị Bình");
        var alarm = await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.Text.Contains("không ghi được dữ liệu"), RunningBot.Wait);
        await RunningBot.UntilAsync(() => Fake.Redelivered.Contains(update) && Store.FailedCommits >= 4); // retried, with back-off

        Assert.True(Fake.ConfirmedOffset <= update, "an update that was not stored was acknowledged");
        Assert.Equal(repliesBefore, user.Inbox.Count); // no reply from a turn that was not stored
        Assert.False(Bot.Store.WasProcessed($"telegram:{update}"));
        Assert.Single(Fake.Sent, m => m.Text.Contains("không ghi được dữ liệu")); // one alarm, not one per retry
        Assert.Single(Bot.Logs.Lines, l => l.Contains("ALARM: the store cannot commit"));

        Store.Failing = false;
        await user.Says("/start", "Xin đồng chí chọn việc cần làm"); // the held /id is answered first, in order
        await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.Text.Contains("đã ghi được dữ liệu trở lại"), RunningBot.Wait);
        await RunningBot.UntilAsync(() => Fake.ConfirmedOffset > update);

        Assert.True(Bot.Store.WasProcessed($"telegram:{update}"));
        Assert.Single(user.Inbox.Skip(repliesBefore), m => m.Text.Contains($"telegram:{User}"));
        Assert.Contains(alarm, Fake.Sent);
    }

    [Fact]
    public async Task Backup_WhileRunning_VerifiedCopyWithTheDataAndSizeInTheSummary()
    {
        var user = new TelegramChat(Fake, User, "Trần Thị Bình");
        await user.ConsentsAsync();
        var admin = new TelegramChat(Fake, RunningBot.AdminChat, "Văn phòng");
        await admin.ConsentsAsync();

        var answer = await admin.Says("/saoluu", "Đã sao lưu cơ sở dữ liệu");

        var backup = Assert.Single(Directory.GetFiles(Database.Path + "-backups", "*.db"));
        Assert.Contains(Path.GetFileName(backup), answer.Text);
        Assert.Equal(0, StorageCommandLine.TryRun([StorageCommandLine.CheckSwitch, backup], new StringWriter(), new StringWriter()));
        using (var copy = LiteDbRecordStore.Open(backup))
        {
            Assert.NotNull(copy.Find<HungYen.Bot.Core.Privacy.Consent>($"telegram:{User}"));
        }

        var summary = await admin.Says("/baocao", "Trân trọng");
        Assert.Contains("Dung lượng cơ sở dữ liệu", summary.Text);
    }
}
