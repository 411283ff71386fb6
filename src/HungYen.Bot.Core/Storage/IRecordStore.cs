using System.Linq.Expressions;

namespace HungYen.Bot.Core.Storage;

/// <summary>
/// The persistence the core needs, nothing more. Reads are immediate; every write of a turn goes through one
/// <see cref="ChangeSet"/> committed atomically, together with the outgoing messages and the processed update's key.
/// </summary>
public interface IRecordStore
{
    T? Find<T>(string id) where T : Record;

    IReadOnlyList<T> Query<T>(Expression<Func<T, bool>>? predicate = null) where T : Record;

    int Count<T>(Expression<Func<T, bool>>? predicate = null) where T : Record;

    /// <summary>Whether an update with this key was already applied.</summary>
    bool WasProcessed(string updateKey);

    /// <summary>Applies every change in one transaction: all or nothing.</summary>
    void Commit(ChangeSet changes);

    /// <summary>Returns the next number of a named counter (e.g. for readable references), durably.</summary>
    long NextSequence(string name);

    /// <summary>Reads a stored file's bytes, or null.</summary>
    StoredFile? ReadFile(string id);

    /// <summary>A stored file's size in bytes, or null when there is no such file.</summary>
    long? FileLength(string id) => ReadFile(id)?.Content.LongLength;
}

/// <summary>A file kept in the store, e.g. a báo cáo thành tích or a generated workbook.</summary>
public sealed record StoredFile(string Id, string FileName, byte[] Content);
