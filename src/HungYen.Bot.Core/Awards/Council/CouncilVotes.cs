using C = HungYen.Bot.Core.Texts.Vi.Council;

namespace HungYen.Bot.Core.Awards.Council;

/// <summary>
/// Recording one nominee's ballots, whether typed in chat (/hoidong phieu) or read from the ballot sheet: the same check
/// against the members present, the same record, the same proposed result.
/// </summary>
public static class CouncilVotes
{
    /// <summary>Whether the counts can be: phát ra ≥ thu về ≥ hợp lệ ≥ đồng ý ≥ 0, and phát ra no more than the members present.</summary>
    public static bool Possible(CouncilBallot ballot, int present) =>
        ballot.Agree >= 0 && ballot.Valid >= ballot.Agree && ballot.Returned >= ballot.Valid && ballot.Issued >= ballot.Returned && ballot.Issued <= present;

    /// <summary>Records the ballots on the meeting and says what the Quy chế makes of them.</summary>
    public static string Record(CouncilMeeting meeting, Nomination nominee, CouncilBallot ballot, VoteRule rule)
    {
        meeting.RecordBallot(ballot);
        var tally = VoteTally.Compute(rule, meeting.Members.Count, meeting.PresentCount, ballot);
        return C.Tally(nominee.Id, nominee.Name, Texts.Vi.Documents.Percent(tally.Percent), tally.BaseCount, rule.Base == VoteBase.Members, tally.Quorate, tally.Proposed);
    }
}
