using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using Stateless;
using T = HungYen.Bot.Core.Texts.Vi.ContactOffice;

namespace HungYen.Bot.Core.Conversations.ContactOffice;

/// <summary>
/// Anyone may write to the Văn phòng Sở: problems, questions, change requests (the plan has units report to the
/// leadership through the Office). One step (write) → review → send; Rewrite returns to the step.
/// </summary>
public sealed class ContactOfficeFlow : SteppedFlow<ContactOfficeFlow.State, ContactOfficeFlow.Trigger, ContactOfficeDraft>
{
    private const string SendData = "send";
    private const string RewriteData = "rewrite";

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
        Answered,
        Back,
        Send,
        Rewrite,
    }

    public override string Name => "contact-office";

    public override string MenuLabel => T.MenuLabel;

    protected override State Initial => State.Idle;

    protected override IReadOnlyList<Step<State, ContactOfficeDraft>> Steps { get; } =
    [
        new(State.Writing, (_, _) => new Prompt(T.AskText), Step<State, ContactOfficeDraft>.Check(Write)) { TakesText = true },
    ];

    protected override State AfterSteps => State.Reviewing;

    protected override Trigger Begin => Trigger.Begin;

    protected override Trigger Answered => Trigger.Answered;

    protected override Trigger Back => Trigger.Back;

    public override bool IsAvailableTo(Participant participant) => !participant.IsAdmin;

    public override Task StartAsync(Turn turn, CancellationToken cancellationToken) => MachineFor(turn).FireAsync(Trigger.Begin);

    protected override Task HandleMoreAsync(Turn turn, StateMachine<State, Trigger> machine, State state, UserInput input, CancellationToken cancellationToken) => input switch
    {
        { Kind: InputKind.Choice, Value: SendData } => machine.FireAsync(Trigger.Send),
        { Kind: InputKind.Choice, Value: RewriteData } => machine.FireAsync(Trigger.Rewrite),
        _ => base.HandleMoreAsync(turn, machine, state, input, cancellationToken),
    };

    protected override void ConfigureMore(StateMachine<State, Trigger> machine, Turn? turn)
    {
        machine.Configure(State.Reviewing)
            .OnEntry(() => Ask(turn!, State.Reviewing))
            .Permit(Trigger.Send, State.Sent)
            .Permit(Trigger.Rewrite, State.Writing);

        machine.Configure(State.Sent)
            .OnEntry(() => Deliver(turn!, DraftOf(turn!.Session).Message), "gửi Văn phòng Sở");
    }

    protected override void AskMore(Turn turn, State state)
    {
        if (state == State.Reviewing)
        {
            turn.Ask(T.Review(DraftOf(turn.Session).Message), new Choice(T.Send, SendData), new Choice(T.Rewrite, RewriteData), CommonChoices.Cancel);
        }
    }

    private static string? Write(ContactOfficeDraft draft, UserInput input)
    {
        if (input.Kind != InputKind.Text)
        {
            return Vi.ChooseFromList;
        }

        var text = input.Value.Trim();
        if (text.Length < T.MinLength)
        {
            return T.TooShort;
        }

        if (text.Length > T.MaxLength)
        {
            return T.TooLong;
        }

        draft.Message = text;
        return null;
    }

    private static void Deliver(Turn turn, string message)
    {
        var from = turn.User.DisplayName ?? Vi.Greeting;
        turn.NotifyOffice(T.ToOffice(from, turn.User.Address.ToString(), message));
        turn.Say(T.Sent);
        turn.EndFlow();
    }
}
