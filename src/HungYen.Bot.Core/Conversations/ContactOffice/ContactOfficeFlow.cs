using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using Stateless;
using T = HungYen.Bot.Core.Texts.Vi.ContactOffice;

namespace HungYen.Bot.Core.Conversations.ContactOffice;

/// <summary>
/// Anyone may write to the Văn phòng Sở: problems, questions, change requests (the plan has units report to the
/// leadership through the Office). Write → review → send.
/// </summary>
public sealed class ContactOfficeFlow : StatelessFlow<ContactOfficeFlow.State, ContactOfficeFlow.Trigger>
{
    private const string MessageField = "message";

    public enum State
    {
        Idle,
        Writing,
        Reviewing,
        Sent,
    }

    public enum Trigger
    {
        Begin,
        Text,
        Send,
        Rewrite,
    }

    public override string Name => "contact-office";

    public override string MenuLabel => T.MenuLabel;

    protected override State Initial => State.Idle;

    public override bool IsAvailableTo(Participant participant) => !participant.IsAdmin;

    public override Task StartAsync(Turn turn, CancellationToken cancellationToken) => MachineFor(turn).FireAsync(Trigger.Begin);

    public override Task HandleAsync(Turn turn, UserInput input, CancellationToken cancellationToken)
    {
        var machine = MachineFor(turn);
        return input switch
        {
            { Kind: InputKind.Text } => machine.FireAsync(new StateMachine<State, Trigger>.TriggerWithParameters<string>(Trigger.Text), input.Value.Trim()),
            { Kind: InputKind.Choice, Value: "send" } => machine.FireAsync(Trigger.Send),
            { Kind: InputKind.Choice, Value: "rewrite" } => machine.FireAsync(Trigger.Rewrite),
            _ => Reject(turn),
        };
    }

    protected override void Configure(StateMachine<State, Trigger> machine, Turn? turn)
    {
        var text = machine.SetTriggerParameters<string>(Trigger.Text);

        machine.Configure(State.Idle)
            .Permit(Trigger.Begin, State.Writing);

        machine.Configure(State.Writing)
            .OnEntry(() => Ask(turn!, State.Writing))
            .PermitIf(text, State.Reviewing, IsAcceptable, "nội dung hợp lệ")
            .InternalTransitionIf(text, t => !IsAcceptable(t), (t, _) => RejectInput(turn!, WhyNot(t)), "nội dung quá ngắn hoặc quá dài");

        machine.Configure(State.Reviewing)
            .OnEntryFrom(text, t => turn!.Session.Set(MessageField, t), "lưu nội dung")
            .OnEntry(() => Ask(turn!, State.Reviewing))
            .Permit(Trigger.Send, State.Sent)
            .Permit(Trigger.Rewrite, State.Writing);

        machine.Configure(State.Sent)
            .OnEntry(() => Deliver(turn!));
    }

    protected override void Ask(Turn turn, State state)
    {
        switch (state)
        {
            case State.Reviewing:
                turn.Ask(T.Review(turn.Session.Get(MessageField) ?? ""), new Choice(T.Send, "send"), new Choice(T.Rewrite, "rewrite"), CommonChoices.Cancel);
                break;
            default:
                turn.Ask(T.AskText, CommonChoices.Cancel);
                break;
        }
    }

    private static bool IsAcceptable(string text) => text.Length is >= T.MinLength and <= T.MaxLength;

    private static string WhyNot(string text) => text.Length < T.MinLength ? T.TooShort : T.TooLong;

    private static void Deliver(Turn turn)
    {
        var from = turn.User.DisplayName ?? Vi.Greeting;
        turn.NotifyOffice(T.ToOffice(from, turn.User.Address.ToString(), turn.Session.Get(MessageField) ?? ""));
        turn.Say(T.Sent);
        turn.EndFlow();
    }

    private Task Reject(Turn turn)
    {
        RejectInput(turn, Vi.ChooseFromList);
        return Task.CompletedTask;
    }
}
