using T = HungYen.Bot.Core.Texts.Vi.ContactOffice;

namespace HungYen.Bot.Core.Conversations.ContactOffice;

/// <summary>
/// Anyone may write to the Văn phòng Sở: problems, questions, change requests (the plan has units report to the
/// leadership through the Office). One step (write) → review → send; Rewrite returns to the step.
/// </summary>
public sealed class ContactOfficeFlow : StagedFlow<ContactOfficeFlow.State, ContactOfficeFlow.Trigger, ContactOfficeDraft>
{
    protected override FlowCard Card { get; } = new("contact-office", T.MenuLabel) { IsFor = p => !p.IsAdmin };

    protected override FlowStart<State, Trigger> Start { get; } = new(State.Idle, Trigger.Begin) { Back = Trigger.Back, Answered = Trigger.Answered };

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

    protected override IReadOnlyList<Stage<State, Trigger, ContactOfficeDraft>> Stages { get; } =
    [
        new(State.Writing, (_, _) => new Prompt(T.AskText), Stage<State, Trigger, ContactOfficeDraft>.Check(Write)) { TakesText = true },
        new(State.Reviewing, (_, d) => new Prompt(T.Review(d.Message)))
        {
            Buttons =
            [
                Button(T.Send, Trigger.Send, State.Sent) with { Data = SendData, Then = (turn, d) => Deliver(turn, d.Message), Does = "gửi Văn phòng Sở" },
                Button(T.Rewrite, Trigger.Rewrite, State.Writing) with { Data = RewriteData },
            ],
        },
    ];

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
