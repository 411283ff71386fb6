namespace HungYen.Bot.Core.Storage;

/// <summary>The database's size in the office's summary, so that growth is seen before the disk fills.</summary>
public sealed class StorageSummarySection(IStorageMaintenance storage) : ISummarySection
{
    public SummaryPart? Write(DateTimeOffset? since, DateTimeOffset now) => new(950, Vi.Storage.DatabaseSize(Vi.Storage.Size(storage.SizeOnDisk())));
}
