namespace HungYen.Bot.Core.Participants;

/// <summary>
/// Finds out who is writing: office admins from configuration, other roles from the features' role sources. A
/// person's roles are kept between turns for as long as no record a role is read from (<see cref="RoleRecords"/>) has
/// changed in the store (<see cref="IRecordVersions"/>): most turns then resolve their sender without a store read.
/// </summary>
public sealed class ParticipantResolver(IOptionsMonitor<OfficeOptions> office, IEnumerable<IRoleSource> roleSources, IRecordStore? store = null)
{
    /// <summary>Past this many people kept, the cache starts again (a bound on memory, not a policy).</summary>
    private const int MaxKept = 50_000;

    private readonly IRoleSource[] _sources = [.. roleSources];
    private readonly IRecordVersions? _versions = store as IRecordVersions;
    private readonly ConcurrentDictionary<ChatAddress, KeptRoles> _kept = new();

    /// <summary>Every record type some role is read from (<see cref="IRoleSource.RoleRecords"/>).</summary>
    public IReadOnlySet<Type> RoleRecords { get; } = roleSources.SelectMany(s => s.RoleRecords).ToHashSet();

    public Participant Resolve(ChatAddress address, string? displayName)
    {
        var isAdmin = office.CurrentValue.Admins().Contains(address);
        return new Participant(address, displayName, isAdmin, RolesOf(address));
    }

    /// <summary>
    /// The roles from the sources, or as kept when the role records' version is the one they were read at. The version
    /// is read before the records: a commit landing in between moves it, so what was read then is never reused.
    /// </summary>
    private IReadOnlyList<IParticipantRole> RolesOf(ChatAddress address)
    {
        if (_versions is null)
        {
            return Read(address);
        }

        var version = _versions.VersionOf(RoleRecords);
        if (_kept.TryGetValue(address, out var kept) && kept.Version == version)
        {
            return kept.Roles;
        }

        var roles = Read(address);
        if (_kept.Count >= MaxKept)
        {
            _kept.Clear();
        }

        _kept[address] = new KeptRoles(version, roles);
        return roles;
    }

    private IReadOnlyList<IParticipantRole> Read(ChatAddress address) => [.. _sources.SelectMany(s => s.RolesOf(address))];

    /// <summary>
    /// The person at <paramref name="address"/> as the office's lists name them (/lich, the summary): their name and
    /// role, never a raw chat address; someone the bot does not know is named by their channel.
    /// </summary>
    public string Describe(string address)
    {
        var person = Resolve(ChatAddress.Parse(address), null);
        var who = person.Roles.Select(r => r.Who).OfType<string>().ToList();
        if (person.IsAdmin)
        {
            who.Insert(0, Texts.Vi.People.Office);
        }

        return who.Count > 0 ? string.Join("; ", who) : Texts.Vi.People.Unknown(Texts.Vi.Reach.Channel(address));
    }

    private sealed record KeptRoles(long Version, IReadOnlyList<IParticipantRole> Roles);
}
