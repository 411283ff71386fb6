using HungYen.Bot.Core.Channels;
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
}
