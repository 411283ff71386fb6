namespace HungYen.Bot.Core.Awards.Council;

/// <summary>What the Council's Quy chế makes of one nominee's ballots: the share of "đồng ý" and whether it carries.</summary>
public sealed record TallyResult(decimal Percent, int BaseCount, bool Quorate, bool Proposed);

/// <summary>The vote rule applied: quorum (a fraction of members present), the share needed, of members or of those present, ≥ or &gt;.</summary>
public static class VoteTally
{
    public static bool Quorate(VoteRule rule, int members, int present) =>
        members > 0 && present * rule.QuorumDenominator >= members * rule.QuorumNumerator;

    public static TallyResult Compute(VoteRule rule, int members, int present, CouncilBallot ballot)
    {
        var baseCount = rule.Base == VoteBase.Members ? members : present;
        var percent = baseCount == 0 ? 0m : Math.Round(ballot.Agree * 100m / baseCount, 2);
        var exact = baseCount == 0 ? 0m : ballot.Agree * 100m / baseCount;
        var quorate = Quorate(rule, members, present);
        var carries = rule.Strict ? exact > rule.Percent : exact >= rule.Percent;
        return new TallyResult(percent, baseCount, quorate, quorate && carries);
    }
}
