using System.Linq.Expressions;

namespace HungYen.Bot.Core.Storage;

/// <summary>
/// The store as a turn's flows and commands see it (<c>Turn.Store</c>): reads, and no commit. Their writes are staged
/// on the turn's <see cref="ChangeSet"/>, which the turn runner alone commits, once per turn, with the outgoing
/// messages and the update's key (so an update is applied exactly once across a crash).
/// </summary>
public interface IRecordReader
{
    T? Find<T>(string id) where T : Record;

    IReadOnlyList<T> Query<T>(Expression<Func<T, bool>>? predicate = null) where T : Record;

    int Count<T>(Expression<Func<T, bool>>? predicate = null) where T : Record;

    /// <summary>
    /// Returns the next number of a named counter (e.g. for readable references), durably. One of the two deliberate
    /// exceptions to one commit per turn: the counter moves at once, outside the turn's commit, so a number is never
    /// given twice; a turn that fails or is delivered again only leaves a gap in the numbering.
    /// </summary>
    long NextSequence(string name);

    /// <summary>Reads a stored file's bytes, or null.</summary>
    StoredFile? ReadFile(string id);

    /// <summary>A stored file's length in bytes without reading it, or null when there is no such file.</summary>
    long? FileLength(string id) => ReadFile(id)?.Content.LongLength;
}
