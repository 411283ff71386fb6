namespace HungYen.Bot.Storage;

/// <summary>
/// The indexed counts (<see cref="IndexedCount"/>) the store answered lately, each with the version of its record type
/// it was counted at (<see cref="HungYen.Bot.Core.Storage.IRecordVersions"/>). A review screen counts the same quota
/// groups six to eight times in one turn, and every count reads every index key of its group: a count asked again
/// before any commit wrote or deleted a record of that type is answered from here (issue 20).
/// </summary>
/// <remarks>
/// The version is read before counting. A commit that lands meanwhile moves the version after it is stored, so a count
/// that may or may not include it is kept under the older version and never answers once the commit's caller has
/// returned: a person always counts their own writes.
/// </remarks>
internal sealed class RecentCounts(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Collection, string Property, string? Value), (long Version, int Count)> _counts = [];

    public bool TryGet(string collection, string property, string? value, long version, out int count)
    {
        lock (_gate)
        {
            if (_counts.TryGetValue((collection, property, value), out var kept) && kept.Version == version)
            {
                count = kept.Count;
                return true;
            }
        }

        count = 0;
        return false;
    }

    public void Keep(string collection, string property, string? value, long version, int count)
    {
        lock (_gate)
        {
            if (_counts.Count >= capacity)
            {
                _counts.Clear(); // a few hundred quota groups at most: what is asked again is counted again
            }

            _counts[(collection, property, value)] = (version, count);
        }
    }
}
