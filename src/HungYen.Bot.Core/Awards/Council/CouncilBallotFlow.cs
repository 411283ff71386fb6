using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Participants;
using Microsoft.Extensions.Options;
using Stateless;
using C = HungYen.Bot.Core.Texts.Vi.Council;

namespace HungYen.Bot.Core.Awards.Council;

/// <summary>
/// /hoidong_phieu — the bot sends the Council's tally sheet (.xlsx) of the nominees put to the meeting; the office fills
/// in the counted ballots and sends it back; the votes are recorded as if typed with /hoidong phieu. A bad file (another
/// sheet, a word for a number, more ballots than members present) is explained row by row and records nothing.
/// </summary>
public sealed class CouncilBallotFlow(IOptionsMonitor<AwardsOptions> awards) : StatelessFlow<CouncilBallotFlow.State, CouncilBallotFlow.Trigger>
{
    public const long MaxFileBytes = 2 * 1024 * 1024;

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

    public override string Name => "council-ballot";

    public override string MenuLabel => C.BallotMenuLabel;

    public override string? Command => "hoidong_phieu";

    public override string? CommandDescriptionEn => Texts.En.Commands.CouncilBallot;

    protected override State Initial => State.Idle;

    public override bool IsAvailableTo(Participant participant) => participant.IsAdmin;

    public override Task StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        var meeting = turn.Store.Find<CouncilMeeting>(CouncilMeeting.SingleId);
        var nominees = BallotSheet.Nominees(turn.Store.Query<Nomination>());
        if (meeting is null || meeting.Members.Count == 0 || nominees.Count == 0)
        {
            turn.Say(meeting is null || meeting.Members.Count == 0 ? C.BallotNoMeeting : C.BallotNoNominees);
            turn.EndFlow();
            return Task.CompletedTask;
        }

        turn.SendFile(C.BallotSent(nominees.Count), C.BallotFileName, BallotSheet.Create(meeting, nominees, NominationCard.UnitNames(turn.Store)));
        return MachineFor(turn).FireAsync(Trigger.Begin);
    }

    public override async Task HandleAsync(Turn turn, UserInput input, CancellationToken cancellationToken)
    {
        if (input is not { Kind: InputKind.File, File: { } file })
        {
            RejectInput(turn, C.BallotNeedFile);
            return;
        }

        if (!(file.FileName ?? "").EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            RejectInput(turn, C.BallotWrongType);
            return;
        }

        if (file.Size > MaxFileBytes)
        {
            RejectInput(turn, C.BallotTooLarge);
            return;
        }

        var content = await turn.DownloadAsync(file, cancellationToken).ConfigureAwait(false);
        var meeting = turn.Store.Find<CouncilMeeting>(CouncilMeeting.SingleId);
        var nominees = BallotSheet.Nominees(turn.Store.Query<Nomination>());
        if (meeting is null || meeting.Members.Count == 0)
        {
            turn.Say(C.BallotNoMeeting);
            turn.EndFlow();
            return;
        }

        var result = BallotSheet.Read(content, meeting, nominees);
        if (result.Problems.Count > 0)
        {
            RejectInput(turn, C.SheetRejected(result.Problems));
            return;
        }

        var rule = awards.CurrentValue.Vote;
        var byId = nominees.ToDictionary(n => n.Id);
        var tallies = result.Ballots.Select(b => CouncilVotes.Record(meeting, byId[b.NominationId], b, rule)).ToList();
        meeting.ChangedAt = turn.Now;
        meeting.ChangedBy = turn.User.Address.ToString();
        turn.Changes.Upsert(meeting);
        await MachineFor(turn).FireAsync(new StateMachine<State, Trigger>.TriggerWithParameters<string>(Trigger.Read), C.SheetRecorded(tallies.Count, tallies)).ConfigureAwait(false);
    }

    protected override void Configure(StateMachine<State, Trigger> machine, Turn? turn)
    {
        var read = machine.SetTriggerParameters<string>(Trigger.Read);

        machine.Configure(State.Idle)
            .Permit(Trigger.Begin, State.AwaitingSheet);

        machine.Configure(State.AwaitingSheet)
            .OnEntry(() => Ask(turn!, State.AwaitingSheet))
            .Permit(Trigger.Read, State.Recorded);

        machine.Configure(State.Recorded)
            .OnEntryFrom(read, report =>
            {
                turn!.Say(report);
                turn.EndFlow();
            }, "báo kết quả từng hồ sơ");
    }

    protected override void Ask(Turn turn, State state) => turn.Ask(C.BallotAskFile, CommonChoices.Cancel);
}
