using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Text;
using HungYen.Bot.Core.Texts;
using Stateless;
using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>
/// A delegate answers the Giấy mời: recognised (by link, invitation code or own contact), shown the invitation, then
/// attend / decline with an optional reason / send a substitute; the details are confirmed before anything is saved.
/// A waiting delegate offered a freed seat comes back in at <see cref="State.SeatOffer"/>.
/// </summary>
public sealed partial class AttendanceFlow(AttendanceSteps steps) : StatelessFlow<AttendanceFlow.State, AttendanceFlow.Trigger>
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
        Attend,
        Decline,
        Substitute,
        Text,
        Skip,
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

    public override bool IsAvailableTo(Participant participant) => !participant.IsAdmin || participant.Role<DelegateRole>() is not null;

    public override Task StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (steps.IsClosed(turn))
        {
            return Task.CompletedTask;
        }

        if (DelegateDirectory.ByAddress(turn.Store, turn.User.Address) is { } known)
        {
            AttendanceSteps.Remember(turn, known);
            return MachineFor(turn).FireAsync(Trigger.Identified);
        }

        return MachineFor(turn).FireAsync(Trigger.Begin);
    }

    /// <summary>Enters the flow for a delegate just recognised by a start code.</summary>
    public Task BeginForAsync(Turn turn, Delegate @delegate)
    {
        turn.EndFlow();
        if (steps.IsClosed(turn))
        {
            return Task.CompletedTask;
        }

        turn.Session.Flow = Name;
        AttendanceSteps.Remember(turn, @delegate);
        return MachineFor(turn).FireAsync(Trigger.Identified);
    }

    /// <summary>Enters the flow at the seat offer, for a waiting delegate (or whoever sent a waiting substitute).</summary>
    public Task OfferSeatAsync(Turn turn, Delegate holder)
    {
        turn.EndFlow();
        if (steps.IsClosed(turn))
        {
            return Task.CompletedTask;
        }

        turn.Session.Flow = Name;
        AttendanceSteps.Remember(turn, holder);
        return MachineFor(turn).FireAsync(Trigger.OfferSeat);
    }

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
        AttendanceSteps.Remember(turn, holder);
        return MachineFor(turn).FireAsync(accept ? Trigger.Accept : Trigger.Refuse);
    }

    public override Task HandleAsync(Turn turn, UserInput input, CancellationToken cancellationToken)
    {
        var machine = MachineFor(turn);
        if (CurrentState(turn.Session) == State.Identify)
        {
            if (steps.Identify(turn, input) is not { } found)
            {
                return Task.CompletedTask;
            }

            turn.Say(T.Recognised(found.FullName));
            AttendanceSteps.Remember(turn, found);
            return machine.FireAsync(Trigger.Identified);
        }

        return input switch
        {
            { Kind: InputKind.Text } => machine.FireAsync(new StateMachine<State, Trigger>.TriggerWithParameters<string>(Trigger.Text), input.Value.Trim()),
            { Kind: InputKind.Choice } when Enum.TryParse<Trigger>(input.Value, ignoreCase: false, out var trigger) && trigger is not Trigger.Text => machine.FireAsync(trigger),
            _ => Reject(turn),
        };
    }

    protected override void Configure(StateMachine<State, Trigger> machine, Turn? turn)
    {
        var text = machine.SetTriggerParameters<string>(Trigger.Text);

        machine.Configure(State.Idle)
            .Permit(Trigger.Begin, State.Identify)
            .Permit(Trigger.Identified, State.Invitation)
            .Permit(Trigger.OfferSeat, State.SeatOffer);

        // Who the person is gets decided outside the machine (contact, code, throttle); it only learns the outcome.
        machine.Configure(State.Identify)
            .OnEntry(() => Ask(turn!, State.Identify))
            .Permit(Trigger.Identified, State.Invitation);

        machine.Configure(State.Invitation)
            .OnEntry(() => Ask(turn!, State.Invitation))
            .Permit(Trigger.Attend, State.Confirm)
            .Permit(Trigger.Decline, State.Reason)
            .Permit(Trigger.Substitute, State.SubName);

        machine.Configure(State.Reason)
            .OnEntryFrom(Trigger.Decline, () => AttendanceSteps.Choose(turn!, Trigger.Decline), "không tham dự")
            .OnEntry(() => Ask(turn!, State.Reason))
            .PermitIf(text, State.Confirm, t => AttendanceChecks.Reason(t) is null, "lý do hợp lệ")
            .InternalTransitionIf(text, t => AttendanceChecks.Reason(t) is not null, (t, _) => RejectInput(turn!, AttendanceChecks.Reason(t)!), "lý do quá dài")
            .Permit(Trigger.Skip, State.Confirm);

        machine.Configure(State.SubName)
            .OnEntryFrom(Trigger.Substitute, () => AttendanceSteps.Choose(turn!, Trigger.Substitute), "cử người thay");
        TextStep(machine, text, State.SubName, State.SubPosition, AttendanceChecks.Name, turn);
        TextStep(machine, text, State.SubPosition, State.SubPhone, AttendanceChecks.Position, turn);
        TextStep(machine, text, State.SubPhone, State.Confirm, t => AttendanceChecks.SubstitutePhone(turn!, t), turn);
        TextStep(machine, text, State.EditName, State.EditPosition, AttendanceChecks.Name, turn);
        TextStep(machine, text, State.EditPosition, State.EditPhone, AttendanceChecks.Position, turn);
        TextStep(machine, text, State.EditPhone, State.Confirm, t => AttendanceChecks.OwnPhone(turn!, t), turn);

        machine.Configure(State.Confirm)
            .OnEntryFrom(Trigger.Attend, () => AttendanceSteps.Choose(turn!, Trigger.Attend), "tham dự")
            .OnEntryFrom(text, (t, transition) => AttendanceSteps.Keep(turn!, transition.Source, t), "lưu câu trả lời")
            .OnEntry(() => Ask(turn!, State.Confirm))
            .Permit(Trigger.Save, State.Done)
            .PermitIf(Trigger.Edit, State.SubName, () => AttendanceSteps.IsSubstituting(turn!), "cử người thay")
            .PermitIf(Trigger.Edit, State.EditName, () => !AttendanceSteps.IsSubstituting(turn!), "tự tham dự hoặc báo vắng");

        machine.Configure(State.SeatOffer)
            .OnEntry(() => Ask(turn!, State.SeatOffer))
            .Permit(Trigger.Accept, State.Done)
            .Permit(Trigger.Refuse, State.Done);

        machine.Configure(State.Done)
            .OnEntryFrom(Trigger.Accept, () => AttendanceSteps.Choose(turn!, Trigger.Accept), "nhận chỗ")
            .OnEntryFrom(Trigger.Refuse, () => AttendanceSteps.Choose(turn!, Trigger.Refuse), "nhường chỗ")
            .OnEntry(() => steps.Save(turn!));
    }

    protected override void Ask(Turn turn, State state) => steps.Ask(turn, state);

    private void TextStep(StateMachine<State, Trigger> machine, StateMachine<State, Trigger>.TriggerWithParameters<string> text, State state, State next, Func<string, string?> problem, Turn? turn)
    {
        machine.Configure(state)
            .OnEntryFrom(text, (t, transition) => AttendanceSteps.Keep(turn!, transition.Source, t), "lưu câu trả lời")
            .OnEntry(() => Ask(turn!, state))
            .PermitIf(text, next, t => problem(t) is null, "hợp lệ")
            .InternalTransitionIf(text, t => problem(t) is not null, (t, _) => RejectInput(turn!, problem(t)!), "không hợp lệ");
    }

    private Task Reject(Turn turn)
    {
        RejectInput(turn, Vi.ChooseFromList);
        return Task.CompletedTask;
    }
}
