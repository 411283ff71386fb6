namespace HungYen.Bot.Core.Delegates.Awardees;

/// <summary>Which people invited to receive an award have not arrived: the invited one, or the substitute they sent.</summary>
public static class AwardeePresence
{
    public static IReadOnlyList<Delegate> Missing(IReadOnlyList<Delegate> all)
    {
        var byId = all.ToDictionary(d => d.Id);
        return [.. all
            .Where(d => d.AwardeeFor is not null && d.SubstituteFor is null && d.Status != RsvpStatus.Declined)
            .Select(d => d.SubstitutedBy is { } s && byId.TryGetValue(s, out var substitute) ? substitute : d)
            .Where(d => d.CheckedInAt is null)
            .OrderBy(d => d.FullName, NameRules.PersonOrder)];
    }
}
