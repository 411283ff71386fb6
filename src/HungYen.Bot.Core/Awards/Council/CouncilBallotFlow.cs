using C = HungYen.Bot.Core.Texts.Vi.Council;

namespace HungYen.Bot.Core.Awards.Council;

/// <summary>
/// /hoidong_phieu — the bot sends the Council's tally sheet (.xlsx) of the nominees put to the meeting; the office fills
/// in the counted ballots and sends it back; the votes are recorded as if typed with /hoidong phieu. A bad file (another
/// sheet, a word for a number, more ballots than members present) is explained row by row and records nothing.
/// </summary>
public sealed class CouncilBallotFlow : StagedFlow<CouncilBallotFlow.State, CouncilBallotFlow.Trigger, CouncilBallotDraft>
{
    protected override FlowCard Card { get; } = new("council-ballot", C.BallotMenuLabel, "hoidong_phieu", Texts.En.Commands.CouncilBallot) { IsFor = p => p.IsAdmin };

    protected override FlowStart<State, Trigger> Start { get; } = new(State.Idle, Trigger.Begin);

    public const long MaxFileBytes = 2 * 1024 * 1024;

    private static readonly FileRule Sheet = new(C.BallotNeedFile, name => name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase), C.BallotWrongType, MaxFileBytes, C.BallotTooLarge);

    private readonly IOptionsMonitor<AwardsOptions> awards;

    public CouncilBallotFlow(IOptionsMonitor<AwardsOptions> awards)
    {
        this.awards = awards;
        Stages =
        [
            Upload(State.AwaitingSheet, C.BallotAskFile, Sheet, Record, new(Trigger.Read, State.Recorded) { Then = Report, Does = "báo kết quả từng hồ sơ" }),
        ];
    }

    public enum State
    {
        Idle,
        AwaitingSheet,
        Recorded,
    }

    public enum Trigger
    {
        Begin,
        Read,
    }

    protected override IReadOnlyList<Stage<State, Trigger, CouncilBallotDraft>> Stages { get; }

    /// <summary>The sheet goes out with the question; without a meeting or nominees there is nothing to vote on.</summary>
    protected override bool CanBegin(Turn turn, CouncilBallotDraft draft)
    {
        var meeting = turn.Store.Find<CouncilMeeting>(CouncilMeeting.SingleId);
        var nominees = BallotSheet.Nominees(turn.Store.Query<Nomination>());
        if (meeting is null || meeting.Members.Count == 0 || nominees.Count == 0)
        {
            turn.Say(meeting is null || meeting.Members.Count == 0 ? C.BallotNoMeeting : C.BallotNoNominees);
            turn.EndFlow();
            return false;
        }

        turn.SendFile(C.BallotSent(nominees.Count), C.BallotFileName, BallotSheet.Create(meeting, nominees, NominationCard.UnitNames(turn.Store)));
        return true;
    }

    private string? Record(Turn turn, CouncilBallotDraft draft, string name, byte[] content)
    {
        var meeting = turn.Store.Find<CouncilMeeting>(CouncilMeeting.SingleId);
        var nominees = BallotSheet.Nominees(turn.Store.Query<Nomination>());
        if (meeting is null || meeting.Members.Count == 0)
        {
            turn.Say(C.BallotNoMeeting);
            turn.EndFlow();
            return null;
        }

        var result = BallotSheet.Read(content, meeting, nominees);
        if (result.Problems.Count > 0)
        {
            return C.SheetRejected(result.Problems);
        }

        var rule = awards.CurrentValue.Vote;
        var byId = nominees.ToDictionary(n => n.Id);
        var tallies = result.Ballots.Select(b => CouncilVotes.Record(meeting, byId[b.NominationId], b, rule)).ToList();
        meeting.ChangedAt = turn.Now;
        meeting.ChangedBy = turn.User.Address.ToString();
        turn.Changes.Upsert(meeting);
        draft.Report = C.SheetRecorded(tallies.Count, tallies);
        return null;
    }

    private static void Report(Turn turn, CouncilBallotDraft draft)
    {
        turn.Say(draft.Report ?? "");
        turn.EndFlow();
    }
}
