namespace HungYen.Bot.Core.Storage;

/// <summary>
/// A record a <see cref="ChangeSet"/> was based on, with the store's <see cref="IRecordStore.WriteStamp"/> read before
/// the record was: the change set is refused if the record was written or deleted by another commit after it.
/// </summary>
public sealed record ExpectedRecord(Type Type, string Id, long Stamp);
