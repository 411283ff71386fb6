namespace HungYen.Bot.Core.Awards.Documents;

/// <summary>Which nominations each document lists.</summary>
public static class AwardsSelection
{
    /// <summary>Put to the Council: every nomination still standing (not withdrawn, not refused).</summary>
    public static IReadOnlyList<Nomination> Considered(IEnumerable<Nomination> all) => [.. all.Where(n => n.Counts)];

    /// <summary>
    /// Proposed by the Council: once ballots are recorded, those whose tally carries under the vote rule; before the
    /// meeting, everything considered (the list the Council will look at).
    /// </summary>
    public static IReadOnlyList<Nomination> Proposed(IEnumerable<Nomination> all, CouncilMeeting? meeting, VoteRule rule)
    {
        var considered = Considered(all);
        if (meeting is null || meeting.Ballots.Count == 0)
        {
            return considered;
        }

        return [.. considered.Where(n => meeting.BallotFor(n.Id) is { } b && VoteTally.Compute(rule, meeting.Members.Count, meeting.PresentCount, b).Proposed)];
    }
}
