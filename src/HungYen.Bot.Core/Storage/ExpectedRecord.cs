namespace HungYen.Bot.Core.Storage;

/// <summary>
/// A record a <see cref="ChangeSet"/> was based on, with the store's <see cref="IRecordStore.WriteStamp"/> read before
/// the record was: the change set is refused if the record was written or deleted by another commit after it.
/// </summary>
/// <remarks>A null <see cref="Id"/> stands for every record of the type: the change set was based on a count or a list of
/// them (the seats held), which any write to one of them may change.</remarks>
public sealed record ExpectedRecord(Type Type, string? Id, long Stamp);
