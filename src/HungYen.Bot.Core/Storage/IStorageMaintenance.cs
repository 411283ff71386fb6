namespace HungYen.Bot.Core.Storage;

/// <summary>What the office may ask of the store beyond records: a consistent backup while running, and its size.</summary>
public interface IStorageMaintenance
{
    /// <summary>Writes a consistent, verified copy of the running database to the backup folder.</summary>
    BackupReport Backup(DateTimeOffset now);

    /// <summary>The database's size on disk, in bytes.</summary>
    long SizeOnDisk();
}

/// <summary>Where a backup went (a file name in the backup folder, not a path with personal meaning) and its size.</summary>
public sealed record BackupReport(string FileName, long Bytes);
