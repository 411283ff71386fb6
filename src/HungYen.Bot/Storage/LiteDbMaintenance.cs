namespace HungYen.Bot.Storage;

/// <summary>
/// Backups of the running LiteDB file into <see cref="StorageOptions.BackupFolder"/>, named by <see cref="BackupNames"/>; the
/// oldest beyond the limit deleted (a copy the bot did not name is left alone).
/// </summary>
public sealed class LiteDbMaintenance(LiteDbRecordStore store, IOptions<StorageOptions> options, Core.Time.LocalTime local) : IStorageMaintenance
{
    public BackupReport Backup(DateTimeOffset now)
    {
        var folder = Path.GetFullPath(options.Value.BackupFolder);
        var name = BackupNames.For(local.ToLocal(now));
        var bytes = store.BackupTo(Path.Combine(folder, name));
        foreach (var old in BackupNames.Newest(folder).Skip(options.Value.BackupsToKeep))
        {
            File.Delete(old);
        }

        return new BackupReport(name, bytes);
    }

    public long SizeOnDisk() => store.SizeOnDisk();
}
