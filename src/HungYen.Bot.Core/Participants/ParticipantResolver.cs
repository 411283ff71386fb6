using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Options;
using Microsoft.Extensions.Options;

namespace HungYen.Bot.Core.Participants;

/// <summary>Finds out who is writing: office admins from configuration, other roles from the features' role sources.</summary>
public sealed class ParticipantResolver(IOptionsMonitor<OfficeOptions> office, IEnumerable<IRoleSource> roleSources)
{
    /// <summary>Every record type some role is read from (<see cref="IRoleSource.RoleRecords"/>).</summary>
    public IReadOnlySet<Type> RoleRecords { get; } = roleSources.SelectMany(s => s.RoleRecords).ToHashSet();

    public Participant Resolve(ChatAddress address, string? displayName)
    {
        var isAdmin = office.CurrentValue.Admins().Contains(address);
        var roles = roleSources.SelectMany(s => s.RolesOf(address)).ToList();
        return new Participant(address, displayName, isAdmin, roles);
    }
}
