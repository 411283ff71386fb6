using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using Stateless;
using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>
/// A delegate answers the Giấy mời: recognised (by link, invitation code or own contact), shown the invitation, then
/// the steps of <see cref="AttendanceSteps"/> (attend / decline with an optional reason / send a substitute); the
/// details are confirmed before anything is saved, and can be corrected from there. A waiting delegate offered a freed
/// seat comes back in at <see cref="State.SeatOffer"/>.
/// </summary>
public sealed class AttendanceFlow(AttendanceSteps steps) : SteppedFlow<AttendanceFlow.State, AttendanceFlow.Trigger, AttendanceDraft>
{
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

    public override string Name => FlowName;

    public override string MenuLabel => T.MenuLabel;

    public override string? Command => "giaymoi";

    public override string? CommandDescriptionEn => En.Commands.Attendance;

    protected override State Initial => State.Idle;

    protected override IReadOnlyList<Step<State, AttendanceDraft>> Steps => steps.All;

    protected override State AfterSteps => State.Confirm;

    /// <summary>The steps start at the invitation, once the person is recognised.</summary>
    protected override Trigger Begin => Trigger.Identified;

    protected override Trigger Answered => Trigger.Answered;

    protected override Trigger Back => Trigger.Back;

    /// <summary>The answers branch from the invitation's choice; the review's Sửa thông tin corrects them instead.</summary>
    protected override bool OffersBack => false;

    public override bool IsAvailableTo(Participant participant) => !participant.IsAdmin || participant.Role<DelegateRole>() is not null;

    public override Task StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (steps.IsClosed(turn))
        {
            return Task.CompletedTask;
        }

        if (DelegateDirectory.ByAddress(turn.Store, turn.User.Address) is { } known)
        {
            Remember(turn, known);
            return MachineFor(turn).FireAsync(Trigger.Identified);
        }

        return MachineFor(turn).FireAsync(Trigger.Begin);
    }

    /// <summary>Enters the flow for a delegate just recognised by a start code.</summary>
    public Task BeginForAsync(Turn turn, Delegate @delegate) => EnterAsync(turn, @delegate, Trigger.Identified);

    /// <summary>Enters the flow at the seat offer, for a waiting delegate (or whoever sent a waiting substitute).</summary>
    public Task OfferSeatAsync(Turn turn, Delegate holder) => EnterAsync(turn, holder, Trigger.OfferSeat);

    protected override AttendanceDraft OlderDraft(ConversationSession session) => AttendanceDraft.FromOlderSession(session);

    /// <summary>Applies an answer given on the offer's own button, without asking the seat question again.</summary>
    public Task AnswerSeatOfferAsync(Turn turn, Delegate holder, bool accept)
    {
        turn.EndFlow();
        if (steps.IsClosed(turn))
        {
            return Task.CompletedTask;
        }

        turn.Session.Flow = Name;
        turn.Session.State = nameof(State.SeatOffer); // the offer message stood for the question
        Remember(turn, holder);
        return MachineFor(turn).FireAsync(accept ? Trigger.Accept : Trigger.Refuse);
    }

    protected override Task HandleMoreAsync(Turn turn, StateMachine<State, Trigger> machine, State state, UserInput input, CancellationToken cancellationToken)
    {
        if (state == State.Identify)
        {
            // Who the person is gets decided outside the machine (contact, code, throttle); it only learns the outcome.
            if (steps.Identify(turn, input) is not { } found)
            {
                return Task.CompletedTask;
            }

            turn.Say(T.Recognised(found.FullName));
            Remember(turn, found);
            return machine.FireAsync(Trigger.Identified);
        }

        return (state, input.Kind == InputKind.Choice ? input.Value : null) switch
        {
            (State.Confirm, nameof(Trigger.Save)) => machine.FireAsync(Trigger.Save),
            (State.Confirm, nameof(Trigger.Edit)) => machine.FireAsync(Trigger.Edit),
            (State.SeatOffer, nameof(Trigger.Accept)) => machine.FireAsync(Trigger.Accept),
            (State.SeatOffer, nameof(Trigger.Refuse)) => machine.FireAsync(Trigger.Refuse),
            _ => base.HandleMoreAsync(turn, machine, state, input, cancellationToken),
        };
    }

    protected override void ConfigureMore(StateMachine<State, Trigger> machine, Turn? turn)
    {
        machine.Configure(State.Idle)
            .Permit(Trigger.Begin, State.Identify)
            .Permit(Trigger.OfferSeat, State.SeatOffer);

        machine.Configure(State.Identify)
            .OnEntry(() => Ask(turn!, State.Identify))
            .Permit(Trigger.Identified, State.Invitation);

        machine.Configure(State.Confirm)
            .OnEntry(() => Ask(turn!, State.Confirm))
            .Permit(Trigger.Save, State.Done)
            .PermitIf(Trigger.Edit, State.SubName, () => DraftOf(turn!.Session).IsSubstituting, "cử người thay")
            .PermitIf(Trigger.Edit, State.EditName, () => !DraftOf(turn!.Session).IsSubstituting, "tự tham dự hoặc báo vắng")
            .OnExit(transition => EditOwn(turn!, transition.Destination), "sửa thông tin của mình");

        machine.Configure(State.SeatOffer)
            .OnEntry(() => Ask(turn!, State.SeatOffer))
            .Permit(Trigger.Accept, State.Done)
            .Permit(Trigger.Refuse, State.Done);

        machine.Configure(State.Done)
            .OnEntryFrom(Trigger.Accept, () => Choose(turn!, AttendanceAnswer.Accept), "nhận chỗ")
            .OnEntryFrom(Trigger.Refuse, () => Choose(turn!, AttendanceAnswer.Refuse), "nhường chỗ")
            .OnEntry(() => steps.Save(turn!, DraftOf(turn!.Session)), "lưu câu trả lời, gửi lịch và mã QR");
    }

    protected override void AskMore(Turn turn, State state) => steps.AskMore(turn, state, DraftOf(turn.Session));

    private Task EnterAsync(Turn turn, Delegate @delegate, Trigger trigger)
    {
        turn.EndFlow();
        if (steps.IsClosed(turn))
        {
            return Task.CompletedTask;
        }

        turn.Session.Flow = Name;
        Remember(turn, @delegate);
        return MachineFor(turn).FireAsync(trigger);
    }

    private static void Remember(Turn turn, Delegate @delegate) => SaveDraft(turn.Session, new AttendanceDraft { DelegateId = @delegate.Id });

    private void Choose(Turn turn, AttendanceAnswer answer)
    {
        var draft = DraftOf(turn.Session);
        draft.Answer = answer;
        SaveDraft(turn.Session, draft);
    }

    private void EditOwn(Turn turn, State destination)
    {
        if (destination != State.EditName)
        {
            return;
        }

        var draft = DraftOf(turn.Session);
        draft.EditingOwn = true;
        SaveDraft(turn.Session, draft);
    }
}
