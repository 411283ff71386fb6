using HungYen.Bot.Core.Storage;
using HungYen.Bot.Hosting;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Hardening.Storage;

/// <summary>Commits that fail (a full disk, an I/O error): nothing is acknowledged or sent until the store writes again.</summary>
public sealed class CommitFailureTests : IAsyncLifetime
{
    private const long User = 6201;
    private readonly FakeTelegramServer _fake = new();
    private readonly TempDatabase _db = new("hy-commitfail");
    private FailingStore? _store;
    private RunningBot? _bot;

    private RunningBot Bot => _bot!;

    private FailingStore Store => _store!;

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        _bot = await RunningBot.StartAsync(_fake, _db.Path, new Dictionary<string, string?> { ["Storage:BackupFolder"] = _db.Path + "-backups" }, s =>
            s.AddSingleton<IRecordStore>(sp => _store = new FailingStore(sp.GetRequiredService<LiteDbRecordStore>())));
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await _fake.DisposeAsync();
        _db.Dispose();
        if (Directory.Exists(_db.Path + "-backups"))
        {
            Directory.Delete(_db.Path + "-backups", recursive: true);
        }
    }

    [Fact]
    public async Task Commit_DiskFull_UpdateNotAcknowledgedNoReplyOneAlarmThenAppliedOnceWhenSpaceReturns()
    {
        var user = new TelegramChat(_fake, User, "Trần Thị Bình");
        await user.ConsentsAsync();
        var repliesBefore = user.Inbox.Count;

        Store.Failing = true;
        var update = _fake.UserSays(User, "/id", "Trần Thị Bình");
        var alarm = await _fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.Text.Contains("không ghi được dữ liệu"), RunningBot.Wait);
        await RunningBot.UntilAsync(() => _fake.Redelivered.Contains(update) && Store.FailedCommits >= 4); // retried, with back-off

        Assert.True(_fake.ConfirmedOffset <= update, "an update that was not stored was acknowledged");
        Assert.Equal(repliesBefore, user.Inbox.Count); // no reply from a turn that was not stored
        Assert.False(Bot.Store.WasProcessed($"telegram:{update}"));
        Assert.Single(_fake.Sent, m => m.Text.Contains("không ghi được dữ liệu")); // one alarm, not one per retry
        Assert.Single(Bot.Logs.Lines, l => l.Contains("ALARM: the store cannot commit"));

        Store.Failing = false;
        await user.Says("/start", "Xin đồng chí chọn việc cần làm"); // the held /id is answered first, in order
        await _fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.Text.Contains("đã ghi được dữ liệu trở lại"), RunningBot.Wait);
        await RunningBot.UntilAsync(() => _fake.ConfirmedOffset > update);

        Assert.True(Bot.Store.WasProcessed($"telegram:{update}"));
        Assert.Single(user.Inbox.Skip(repliesBefore), m => m.Text.Contains($"telegram:{User}"));
        Assert.Contains(alarm, _fake.Sent);
    }

    [Fact]
    public async Task Backup_WhileRunning_VerifiedCopyWithTheDataAndSizeInTheSummary()
    {
        var user = new TelegramChat(_fake, User, "Trần Thị Bình");
        await user.ConsentsAsync();
        var admin = new TelegramChat(_fake, RunningBot.AdminChat, "Văn phòng");
        await admin.ConsentsAsync();

        var answer = await admin.Says("/saoluu", "Đã sao lưu cơ sở dữ liệu");

        var backup = Assert.Single(Directory.GetFiles(_db.Path + "-backups", "*.db"));
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
