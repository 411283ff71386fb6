using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using Stateless;
using D = HungYen.Bot.Core.Nominations.Wizard.NominationDraft;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>
/// The nomination wizard: award → kind → the nominee (a person's or a collective's fields) → movement → summary →
/// optional báo cáo thành tích → declaration → review → submit. Each answer is checked before the machine moves
/// (<see cref="NominationAnswers"/>); Back returns one step keeping the answers; from the review any one field can be
/// edited, and the wizard comes straight back to the review.
/// </summary>
public sealed class NominationWizardFlow(NominationAnswers answers, NominationSubmission submission) : StatelessFlow<NominationWizardFlow.State, NominationWizardFlow.Trigger>
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
        Movement,
        Summary,
        Attachment,
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

    /// <summary>The fields the review screen lets the person edit, in order.</summary>
    public static readonly State[] EditableIndividual = [State.Award, State.Kind, State.FullName, State.Gender, State.BirthYear, State.Position, State.Workplace, State.Movement, State.Summary, State.Attachment];

    public static readonly State[] EditableCollective = [State.Award, State.Kind, State.CollectiveName, State.Head, State.Movement, State.Summary, State.Attachment];

    public override string Name => FlowName;

    public override string MenuLabel => T.MenuLabel;

    public override string? Command => "dexuat";

    public override string? CommandDescriptionEn => En.Commands.Nominate;

    protected override State Initial => State.Idle;

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
        D.Load(turn.Session, nomination);
        turn.Session.State = nameof(State.Review);
        Ask(turn, State.Review);
    }

    public override async Task HandleAsync(Turn turn, UserInput input, CancellationToken cancellationToken)
    {
        var machine = MachineFor(turn);
        var state = CurrentState(turn.Session);
        if (input.IsChoice("back"))
        {
            await machine.FireAsync(Trigger.Back);
            return;
        }

        switch (state)
        {
            case State.Review when input.IsChoice("submit"):
                await machine.FireAsync(Trigger.Confirm);
                return;
            case State.Review when input.IsChoice("edit"):
                await machine.FireAsync(Trigger.Edit);
                return;
            case State.Review:
                RejectInput(turn, Vi.ChooseFromList);
                return;
            case State.ChoosingField when input.Kind == InputKind.Choice && input.Value.StartsWith("f:", StringComparison.Ordinal)
                && Enum.TryParse<State>(input.Value[2..], out var field) && Editable(turn).Contains(field):
                turn.Session.Set(D.EditTarget, field.ToString());
                turn.Session.Set(D.Editing, "1");
                await machine.FireAsync(Trigger.EditField);
                return;
            case State.ChoosingField:
                RejectInput(turn, Vi.ChooseFromList);
                return;
        }

        var problem = await answers.AcceptAsync(turn, state, input, cancellationToken);
        if (problem is not null)
        {
            RejectInput(turn, problem);
            return;
        }

        await machine.FireAsync(Trigger.Answered);
    }

    protected override void Configure(StateMachine<State, Trigger> machine, Turn? turn)
    {
        bool IsNew() => !D.IsEditing(turn!.Session);
        bool IsEditing() => D.IsEditing(turn!.Session);
        bool IsIndividual() => D.IsIndividual(turn!.Session);
        bool IsCollective() => !D.IsIndividual(turn!.Session);
        bool Targets(State s) => turn!.Session.Get(D.EditTarget) == s.ToString();

        machine.Configure(State.Idle)
            .Permit(Trigger.Begin, State.Award);

        Step(machine, turn, State.Award, State.Kind, back: null, IsNew, IsEditing);

        machine.Configure(State.Kind)
            .OnEntry(() => Ask(turn!, State.Kind))
            .PermitIf(Trigger.Answered, State.FullName, IsIndividual, "cá nhân")
            .PermitIf(Trigger.Answered, State.CollectiveName, IsCollective, "tập thể")
            .Permit(Trigger.Back, State.Award);

        Step(machine, turn, State.FullName, State.Gender, State.Kind, IsNew, IsEditing);
        Step(machine, turn, State.Gender, State.BirthYear, State.FullName, IsNew, IsEditing);
        Step(machine, turn, State.BirthYear, State.Position, State.Gender, IsNew, IsEditing);
        Step(machine, turn, State.Position, State.Workplace, State.BirthYear, IsNew, IsEditing);
        Step(machine, turn, State.Workplace, State.Movement, State.Position, IsNew, IsEditing);
        Step(machine, turn, State.CollectiveName, State.Head, State.Kind, IsNew, IsEditing);
        Step(machine, turn, State.Head, State.Movement, State.CollectiveName, IsNew, IsEditing);

        Step(machine, turn, State.Movement, State.Summary, back: null, IsNew, IsEditing)
            .PermitIf(Trigger.Back, State.Workplace, IsIndividual, "cá nhân")
            .PermitIf(Trigger.Back, State.Head, IsCollective, "tập thể");

        Step(machine, turn, State.Summary, State.Attachment, State.Movement, IsNew, IsEditing);
        Step(machine, turn, State.Attachment, State.Declaration, State.Summary, IsNew, IsEditing);

        machine.Configure(State.Declaration)
            .OnEntry(() => Ask(turn!, State.Declaration))
            .Permit(Trigger.Answered, State.Review)
            .Permit(Trigger.Back, State.Attachment);

        machine.Configure(State.Review)
            .OnEntry(() =>
            {
                turn!.Session.Set(D.Editing, null);
                turn.Session.Set(D.EditTarget, null);
                Ask(turn, State.Review);
            })
            .Permit(Trigger.Confirm, State.Submitted)
            .Permit(Trigger.Edit, State.ChoosingField)
            .Permit(Trigger.Back, State.Declaration);

        var choosing = machine.Configure(State.ChoosingField)
            .OnEntry(() => Ask(turn!, State.ChoosingField))
            .Permit(Trigger.Back, State.Review);
        foreach (var field in EditableIndividual.Union(EditableCollective))
        {
            choosing.PermitIf(Trigger.EditField, field, () => Targets(field), $"sửa {field}");
        }

        machine.Configure(State.Submitted)
            .OnEntry(() => submission.Submit(turn!), "lưu hồ sơ, báo Văn phòng Sở");
    }

    protected override void Ask(Turn turn, State state) => NominationQuestions.Ask(turn, state, answers.Options, submission);

    private StateMachine<State, Trigger>.StateConfiguration Step(
        StateMachine<State, Trigger> machine, Turn? turn, State state, State next, State? back, Func<bool> isNew, Func<bool> isEditing)
    {
        var step = machine.Configure(state)
            .OnEntry(() => Ask(turn!, state))
            .PermitIf(Trigger.Answered, next, isNew, "nhập mới")
            .PermitIf(Trigger.Answered, State.Review, isEditing, "đang sửa");
        if (back is { } previous)
        {
            step.Permit(Trigger.Back, previous);
        }

        return step;
    }

    private static IReadOnlyList<State> Editable(Turn turn) => D.IsIndividual(turn.Session) ? EditableIndividual : EditableCollective;
}
