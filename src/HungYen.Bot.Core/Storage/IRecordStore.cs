namespace HungYen.Bot.Core.Storage;

/// <summary>
/// The persistence the core needs, nothing more. Reads are immediate; every write of a turn goes through one
/// <see cref="ChangeSet"/> committed atomically, together with the outgoing messages and the processed update's key.
/// Only the turn runner, the scheduler and the outbox commit; flows and commands get the <see cref="IRecordReader"/>.
/// </summary>
public interface IRecordStore : IRecordReader
{
    /// <summary>Whether an update with this key was already applied.</summary>
    bool WasProcessed(string updateKey);

    /// <summary>
    /// Applies every change in one transaction: all or nothing. A change set whose <see cref="ChangeSet.Expected"/>
    /// records were written or deleted since their stamps is refused whole, with a <see cref="RecordsChangedException"/>,
    /// and never takes another change set committed with it along.
    /// </summary>
    void Commit(ChangeSet changes);

    /// <summary>
    /// The number of the last commit stored (it only grows while the store is open). Read it before reading the records
    /// a change set will be based on, and expect them unchanged since it (<see cref="ChangeSet.Expect"/>).
    /// </summary>
    long WriteStamp { get; }

    /// <summary>
    /// Commits each change set all or nothing, in as few transactions as the store can (by default one each), and returns
    /// once all are done: for each, in order, null if it is stored, else why not. One that cannot be stored takes no other
    /// with it.
    /// </summary>
    IReadOnlyList<Exception?> CommitAll(IReadOnlyList<ChangeSet> group)
    {
        var errors = new Exception?[group.Count];
        for (var i = 0; i < group.Count; i++)
        {
            try
            {
                Commit(group[i]);
            }
            catch (Exception error)
            {
                errors[i] = error;
            }
        }

        return errors;
    }
}

/// <summary>A file kept in the store, e.g. a báo cáo thành tích or a generated workbook.</summary>
public sealed record StoredFile(string Id, string FileName, byte[] Content);
