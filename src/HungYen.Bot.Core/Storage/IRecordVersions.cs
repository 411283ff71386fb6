namespace HungYen.Bot.Core.Storage;

/// <summary>
/// How often each record type has changed since the store opened: a counter per type, moved by every commit that
/// writes or deletes a record of that type, once the commit is stored and before it returns. A reader may keep what it
/// read from records of some types for as long as their counters stand still (read the counters before the records).
/// </summary>
public interface IRecordVersions
{
    /// <summary>The sum of the counters of <paramref name="types"/>: it changes whenever one of them changes.</summary>
    long VersionOf(IReadOnlyCollection<Type> types);
}
