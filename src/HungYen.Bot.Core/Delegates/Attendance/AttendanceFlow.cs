using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>
/// A delegate answers the Giấy mời: recognised (by link, invitation code or own contact), shown the invitation, then
/// the steps of <see cref="AttendanceSteps"/> (attend / decline with an optional reason / send a substitute); the
/// details are confirmed before anything is saved, and can be corrected from there. A waiting delegate offered a freed
/// seat comes back in at <see cref="State.SeatOffer"/>.
/// </summary>
public sealed class AttendanceFlow(AttendanceSteps steps) : StagedFlow<AttendanceFlow.State, AttendanceFlow.Trigger, AttendanceDraft>
{
    protected override FlowCard Card { get; } = new(FlowName, T.MenuLabel, "giaymoi", En.Commands.Attendance) { IsFor = p => !p.IsAdmin || p.Role<DelegateRole>() is not null };

    /// <summary>No Back: the answers branch from the invitation's choice; the review's Sửa thông tin corrects them instead.</summary>
    protected override FlowStart<State, Trigger> Start { get; } = new(State.Idle, Trigger.Begin) { Answered = Trigger.Answered };

    public const string FlowName = "attendance";

    public enum State
    {
        Idle,
        Identify,
        Invitation,
        Reason,
        SubName,
        SubPosition,
        SubPhone,
        EditName,
        EditPosition,
        EditPhone,
        Confirm,
        SeatOffer,
        Done,
    }

    public enum Trigger
    {
        Begin,
        Identified,
        OfferSeat,
        Answered,
        Back,
        Edit,
        Save,
        Accept,
        Refuse,
    }

    /// <summary>Recognising the person, the questions of <see cref="AttendanceSteps"/>, the confirmation; and the seat offer.</summary>
    protected override IReadOnlyList<Stage<State, Trigger, AttendanceDraft>> Stages => field ??=
    [
        new(State.Identify, (_, _) => AttendanceSteps.IdentifyPrompt) { Answer = new(Trigger.Identified, State.Invitation) { Check = Identify } },
        .. steps.All,
        steps.Confirm,
        steps.SeatOffer,
    ];

    /// <summary>A delegate already recognised goes straight to the invitation; a waiting one to the seat offer.</summary>
    protected override IReadOnlyList<Move<State, Trigger, AttendanceDraft>> Entrances { get; } =
        [new(Trigger.Identified, State.Invitation), new(Trigger.OfferSeat, State.SeatOffer)];

    public override Task StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (steps.IsClosed(turn))
        {
            return Task.CompletedTask;
        }

        if (DelegateDirectory.ByAddress(turn.Store, turn.User.Address) is { } known)
        {
            Remember(turn, known);
            return EnterAsync(turn, Trigger.Identified);
        }

        return base.StartAsync(turn, cancellationToken);
    }

    /// <summary>Enters the flow for a delegate just recognised by a start code.</summary>
    public Task BeginForAsync(Turn turn, Delegate @delegate) => EnterAsync(turn, @delegate, Trigger.Identified);

    /// <summary>Enters the flow at the seat offer, for a waiting delegate (or whoever sent a waiting substitute).</summary>
    public Task OfferSeatAsync(Turn turn, Delegate holder) => EnterAsync(turn, holder, Trigger.OfferSeat);

    protected override AttendanceDraft OlderDraft(ConversationSession session) => AttendanceDraft.FromOlderSession(session);

    /// <summary>Applies an answer given on the offer's own button, without asking the seat question again.</summary>
    public Task AnswerSeatOfferAsync(Turn turn, Delegate holder, bool accept)
    {
        turn.EnterFlow(Name); // a task under way is set aside, not lost
        if (steps.IsClosed(turn))
        {
            return Task.CompletedTask;
        }

        turn.Session.State = nameof(State.SeatOffer); // the offer message stood for the question
        Remember(turn, holder);
        return EnterAsync(turn, accept ? Trigger.Accept : Trigger.Refuse);
    }

    /// <summary>Who the person is gets decided outside the machine (contact, code, throttle); it only learns the outcome.</summary>
    private ValueTask<string?> Identify(Turn turn, AttendanceDraft draft, UserInput input, CancellationToken cancellationToken)
    {
        if (steps.Identify(turn, input) is not { } found)
        {
            return ValueTask.FromResult<string?>(""); // told why, asked again where it fits
        }

        turn.Say(T.Recognised(found.FullName));
        Remember(turn, found);
        return ValueTask.FromResult<string?>(null);
    }

    private Task EnterAsync(Turn turn, Delegate @delegate, Trigger trigger)
    {
        turn.EnterFlow(Name); // a task under way is set aside, not lost
        if (steps.IsClosed(turn))
        {
            return Task.CompletedTask;
        }

        Remember(turn, @delegate);
        return EnterAsync(turn, trigger);
    }

    private void Remember(Turn turn, Delegate @delegate) => SetDraft(turn, new AttendanceDraft { DelegateId = @delegate.Id });
}
