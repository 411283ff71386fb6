using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using Stateless;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>
/// The nomination wizard: the steps of <see cref="NominationSteps"/> (award → kind → the nominee, a person's or a
/// collective's fields → movement → summary → optional báo cáo thành tích → declaration), then review → submit. Back
/// returns one step keeping the answers; from the review any one field can be edited, and the wizard comes straight
/// back to the review.
/// </summary>
public sealed class NominationWizardFlow(NominationSteps steps, NominationSubmission submission) : SteppedFlow<NominationWizardFlow.State, NominationWizardFlow.Trigger, NominationDraft>
{
    public const string FlowName = "nomination";

    public enum State
    {
        Idle,
        Award,
        Kind,
        FullName,
        Gender,
        BirthYear,
        Position,
        Workplace,
        CollectiveName,
        Head,
        HeadPosition,
        Members,
        Movement,
        Summary,
        Attachment,
        Content,
        Ratings,
        PriorAwards,
        ContactPhone,
        Declaration,
        Review,
        ChoosingField,
        Submitted,
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

    public override string Name => FlowName;

    public override string MenuLabel => T.MenuLabel;

    public override string? Command => "dexuat";

    public override string? CommandDescriptionEn => En.Commands.Nominate;

    protected override State Initial => State.Idle;

    protected override IReadOnlyList<Step<State, NominationDraft>> Steps => steps.All;

    protected override State AfterSteps => State.Review;

    protected override Trigger Begin => Trigger.Begin;

    protected override Trigger Answered => Trigger.Answered;

    protected override Trigger Back => Trigger.Back;

    public override bool IsAvailableTo(Participant participant) => participant.Role<UnitStaffRole>() is not null;

    public override Task StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (submission.DeadlineMessage(turn) is { } closed)
        {
            turn.Say(closed);
            turn.EndFlow();
            return Task.CompletedTask;
        }

        return MachineFor(turn).FireAsync(Trigger.Begin);
    }

    /// <summary>Opens an existing nomination at the review screen, to edit and resubmit it.</summary>
    public void OpenForEdit(Turn turn, Nomination nomination)
    {
        turn.EndFlow();
        turn.Session.Flow = FlowName;
        SaveDraft(turn.Session, NominationDraft.Of(nomination));
        turn.Session.State = nameof(State.Review);
        Ask(turn, State.Review);
    }

    protected override async Task HandleMoreAsync(Turn turn, StateMachine<State, Trigger> machine, State state, UserInput input, CancellationToken cancellationToken)
    {
        switch (state)
        {
            case State.Review when input.IsChoice("submit"):
                await machine.FireAsync(Trigger.Confirm);
                if (turn.Session.Flow == FlowName && CurrentState(turn.Session) == State.Submitted)
                {
                    turn.Session.State = nameof(State.Review); // refused (deadline, maximum): the draft is kept at the review
                }

                return;
            case State.Review when input.IsChoice("edit"):
                await machine.FireAsync(Trigger.Edit);
                return;
            case State.ChoosingField when input.Kind == InputKind.Choice && input.Value.StartsWith("f:", StringComparison.Ordinal)
                && Enum.TryParse<State>(input.Value[2..], out var field) && Editable(DraftOf(turn.Session)).Any(s => s.State == field):
                StartEditing(turn.Session, field);
                await machine.FireAsync(Trigger.EditField);
                return;
            default:
                RejectInput(turn, Vi.ChooseFromList);
                return;
        }
    }

    protected override void ConfigureMore(StateMachine<State, Trigger> machine, Turn? turn)
    {
        machine.Configure(State.Review)
            .OnEntry(() =>
            {
                StopEditing(turn!.Session);
                Ask(turn, State.Review);
            })
            .Permit(Trigger.Confirm, State.Submitted)
            .Permit(Trigger.Edit, State.ChoosingField)
            .Permit(Trigger.Back, State.Declaration);

        machine.Configure(State.ChoosingField)
            .OnEntry(() => Ask(turn!, State.ChoosingField))
            .PermitDynamic(Trigger.EditField, () => EditedStep(turn!.Session), "trường được chọn", EditableStates("sửa"))
            .Permit(Trigger.Back, State.Review);

        machine.Configure(State.Submitted)
            .OnEntry(() => submission.Submit(turn!, DraftOf(turn!.Session)), "lưu hồ sơ, báo Văn phòng Sở");
    }

    protected override void AskMore(Turn turn, State state)
    {
        switch (state)
        {
            case State.Review:
                turn.Ask(submission.ReviewText(turn, DraftOf(turn.Session)), new Choice(T.Submit, "submit"), new Choice(T.EditOne, "edit"), CommonChoices.Back, CommonChoices.Cancel);
                break;
            case State.ChoosingField:
                turn.Ask(T.AskWhichField, [.. Editable(DraftOf(turn.Session)).Select(f => new Choice(f.Label!, "f:" + f.State)), CommonChoices.Back]);
                break;
        }
    }
}
