using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Time;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using Microsoft.Extensions.Options;

namespace HungYen.Bot.Tests.Hardening.Storage;

/// <summary>
/// Issue 13 point 4: a backup is named in Vietnamese date order and Hà Nội time like the bot's other files; backups named
/// the old way (yyyyMMdd) still count, and the rotation deletes the oldest by date, whatever the names.
/// </summary>
public sealed class BackupNameTests : IDisposable
{
    private readonly TempDatabase _database = new("hy-backupname");

    private string Folder => _database.Path + "-backups";

    public void Dispose()
    {
        _database.Dispose();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    [Fact]
    public void Backup_IsNamedDayMonthYear_InHaNoiTime()
    {
        using var store = LiteDbRecordStore.Open(_database.Path);

        var report = Maintenance(store, keep: 7).Backup(new DateTimeOffset(2026, 12, 7, 2, 30, 5, TimeSpan.Zero));

        Assert.Equal("hungyen-bot-07-12-2026-09-30-05.db", report.FileName);
        Assert.True(File.Exists(Path.Combine(Folder, report.FileName)));
    }

    [Fact]
    public void Rotation_CountsOldNamedBackups_AndDeletesTheOldestByDate_LeavingManualCopies()
    {
        Directory.CreateDirectory(Folder);
        string[] earlier = ["hungyen-bot-20261201-080000.db", "hungyen-bot-03-12-2026-08-00-00.db", "hungyen-bot-20261205-080000.db"];
        foreach (var name in earlier.Append("hungyen-bot-2026-12-02.db"))
        {
            File.WriteAllText(Path.Combine(Folder, name), "");
        }

        using var store = LiteDbRecordStore.Open(_database.Path);
        Maintenance(store, keep: 3).Backup(new DateTimeOffset(2026, 12, 7, 2, 30, 5, TimeSpan.Zero));

        var left = Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["hungyen-bot-03-12-2026-08-00-00.db", "hungyen-bot-07-12-2026-09-30-05.db", "hungyen-bot-2026-12-02.db", "hungyen-bot-20261205-080000.db"],
            left);
        Assert.Equal(new DateTime(2026, 12, 5, 8, 0, 0), BackupNames.TakenAt("hungyen-bot-20261205-080000.db"));
    }

    private LiteDbMaintenance Maintenance(LiteDbRecordStore store, int keep)
    {
        var bot = new OptionsMonitor<BotOptions>(new OptionsFactory<BotOptions>([], []), [], new OptionsCache<BotOptions>());
        return new LiteDbMaintenance(store, Options.Create(new StorageOptions { BackupFolder = Folder, BackupsToKeep = keep }), new LocalTime(bot));
    }
}
