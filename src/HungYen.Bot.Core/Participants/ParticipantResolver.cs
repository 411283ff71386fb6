using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Options;
using Microsoft.Extensions.Options;

namespace HungYen.Bot.Core.Participants;

/// <summary>Finds out who is writing: office admins from configuration, other roles from the features' role sources.</summary>
public sealed class ParticipantResolver(IOptionsMonitor<OfficeOptions> office, IEnumerable<IRoleSource> roleSources)
{
    public Participant Resolve(ChatAddress address, string? displayName)
    {
        var isAdmin = office.CurrentValue.Admins().Contains(address);
        var roles = roleSources.SelectMany(s => s.RolesOf(address)).ToList();
        return new Participant(address, displayName, isAdmin, roles);
    }
}
