using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>
/// The nomination wizard: the steps of <see cref="NominationSteps"/> (award → kind → the nominee, a person's or a
/// collective's fields → movement → summary → optional báo cáo thành tích → declaration), then review → submit. Back
/// returns one step keeping the answers; from the review any one field can be edited, and the wizard comes straight
/// back to the review.
/// </summary>
public sealed class NominationWizardFlow(NominationSteps steps, NominationSubmission submission) : StagedFlow<NominationWizardFlow.State, NominationWizardFlow.Trigger, NominationDraft>
{
    protected override FlowCard Card { get; } = new(FlowName, T.MenuLabel, "dexuat", En.Commands.Nominate) { IsFor = p => p.Role<UnitStaffRole>() is not null };

    protected override FlowStart<State, Trigger> Start { get; } = new(State.Idle, Trigger.Begin) { Back = Trigger.Back, Answered = Trigger.Answered };

    public const string FlowName = "nomination";

    /// <summary>
    /// A state of the wizard: a question's, named after the draft field it fills (see <see cref="NominationSteps"/>), or
    /// one of the fixed states below. Sessions store it by its name, the same names as when the states were an enum.
    /// </summary>
    public readonly record struct State(string Name)
    {
        public static readonly State Idle = new(nameof(Idle));
        public static readonly State Review = new(nameof(Review));
        public static readonly State ChoosingField = new(nameof(ChoosingField));
        public static readonly State Submitted = new(nameof(Submitted));

        public override string ToString() => Name;
    }

    public enum Trigger
    {
        Begin,
        Answered,
        Back,
        Confirm,
        Edit,
        EditField,
    }

    /// <summary>The questions of <see cref="NominationSteps"/>, then the review (submit, or edit one field).</summary>
    protected override IReadOnlyList<Stage<State, Trigger, NominationDraft>> Stages => field ??=
    [
        .. steps.All,
        new(State.Review, (turn, d) => new Prompt(submission.ReviewText(turn, d)))
        {
            Buttons =
            [
                Button(T.Submit, Trigger.Confirm, State.Submitted) with { Data = "submit", Check = Submit },
                Button(T.EditOne, Trigger.Edit, State.ChoosingField) with { Data = "edit" },
            ],
            Back = steps.All[^1].State, // the last question
            OffersCancel = true,
        },
        ChooseField(State.ChoosingField, T.AskWhichField, Trigger.EditField, back: State.Review),
    ];

    /// <summary>No nomination is begun once the nomination deadline has passed.</summary>
    protected override bool CanBegin(Turn turn, NominationDraft draft)
    {
        if (submission.DeadlineMessage(turn) is { } closed)
        {
            turn.Say(closed);
            turn.EndFlow();
            return false;
        }

        return true;
    }

    /// <summary>Opens an existing nomination at the review screen, to edit and resubmit it.</summary>
    public void OpenForEdit(Turn turn, Nomination nomination)
    {
        turn.EndFlow();
        turn.Session.Flow = FlowName;
        SetDraft(turn, steps.DraftOf(nomination));
        turn.Session.State = State.Review.Name;
        Reprompt(turn);
    }

    /// <summary>
    /// Saves the nomination and tells the office, ending the flow; a refusal (deadline, maximum) has said why and keeps
    /// the draft at the review, asking nothing again.
    /// </summary>
    private ValueTask<string?> Submit(Turn turn, NominationDraft draft, UserInput input, CancellationToken cancellationToken)
    {
        submission.Submit(turn, draft);
        return ValueTask.FromResult<string?>(turn.Session.Flow == FlowName ? "" : null);
    }
}
