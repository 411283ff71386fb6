namespace HungYen.Bot.Core.Storage;

/// <summary>
/// A conditional commit refused: records the change set was based on (<see cref="ChangeSet.Expected"/>) were written or
/// deleted by another commit since they were read. Nothing of the change set was stored; the caller reads them again.
/// </summary>
public sealed class RecordsChangedException(IReadOnlyList<ExpectedRecord> changed)
    : Exception($"{changed.Count} record(s) the change set was based on changed since they were read ({string.Join(", ", changed.Select(c => c.Type.Name).Distinct())}).")
{
    /// <summary>The expectations that failed.</summary>
    public IReadOnlyList<ExpectedRecord> Changed { get; } = changed;

    /// <summary>Whether the record <paramref name="id"/> of type <typeparamref name="T"/> is among those that changed.</summary>
    public bool Includes<T>(string id) where T : Record => Changed.Any(c => c.Type == typeof(T) && c.Id == id);
}
