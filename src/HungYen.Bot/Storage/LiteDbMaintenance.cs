using System.Globalization;
using HungYen.Bot.Core.Storage;
using Microsoft.Extensions.Options;

namespace HungYen.Bot.Storage;

/// <summary>Backups of the running LiteDB file into <see cref="StorageOptions.BackupFolder"/>, the oldest beyond the limit deleted.</summary>
public sealed class LiteDbMaintenance(LiteDbRecordStore store, IOptions<StorageOptions> options, Core.Time.LocalTime local) : IStorageMaintenance
{
    public const string Prefix = "hungyen-bot-";

    public BackupReport Backup(DateTimeOffset now)
    {
        var folder = Path.GetFullPath(options.Value.BackupFolder);
        var name = Prefix + local.ToLocal(now).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".db";
        var bytes = store.BackupTo(Path.Combine(folder, name));
        foreach (var old in Directory.GetFiles(folder, Prefix + "*.db").OrderDescending(StringComparer.Ordinal).Skip(options.Value.BackupsToKeep))
        {
            File.Delete(old);
        }

        return new BackupReport(name, bytes);
    }

    public long SizeOnDisk() => store.SizeOnDisk();
}
