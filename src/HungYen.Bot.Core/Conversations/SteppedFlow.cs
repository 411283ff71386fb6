using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Texts;
using Stateless;
using Stateless.Reflection;

namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// A flow made of an ordered table of <see cref="Step{TState,TDraft}"/>s. From the table it wires the machine: Begin →
/// the first step that applies; each step's entry asks its question; an accepted answer → the next step that applies
/// (or <see cref="AfterSteps"/> when one field is being edited); a refused answer → the hint and the question again
/// (the state does not change); Back → the previous step that applies, or <see cref="AfterSteps"/> when one field is
/// being edited. An edited <see cref="Step{TState,TDraft}.WalksOn"/> answer walks the steps it brought in that have no
/// answer yet, then <see cref="AfterSteps"/>; every other answer is kept. A file or contact sent to a step that does
/// not take one is told so (what the step expects instead). Cancel is the router's (CommonChoices.Cancel).
/// The answers live in the session as one serialised <typeparamref name="TDraft"/>. States that are not steps (a
/// review, a submit) are the flow's own: <see cref="ConfigureMore"/>, <see cref="AskMore"/>, <see cref="HandleMoreAsync"/>.
/// </summary>
public abstract class SteppedFlow<TState, TTrigger, TDraft> : StatelessFlow<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
    where TDraft : class, new()
{
    /// <summary>The session key of the serialised draft.</summary>
    public const string DraftKey = SessionDraft.Key;

    /// <summary>The session key of the step being edited alone (then an answer returns to <see cref="AfterSteps"/>).</summary>
    public const string EditingKey = "editing";

    private const string Editing = "đang sửa";
    private const string Filling = "đang bổ sung";

    /// <summary>The value of <see cref="EditingKey"/> after an edited WalksOn answer: the missing answers are being asked.</summary>
    private const string FillingMark = "+";
    private const string NewAnswer = "nhập mới";

    /// <summary>The steps, in the order they are asked.</summary>
    protected abstract IReadOnlyList<Step<TState, TDraft>> Steps { get; }

    /// <summary>Where the flow goes after the last step that applies (a review, a submit).</summary>
    protected abstract TState AfterSteps { get; }

    protected abstract TTrigger Begin { get; }

    protected abstract TTrigger Answered { get; }

    protected abstract TTrigger Back { get; }

    /// <summary>The answers so far. A draft that cannot be read (an older shape) starts empty.</summary>
    public TDraft DraftOf(ConversationSession session) => SessionDraft.Read(session, OlderDraft);

    /// <summary>
    /// The answers of a session saved before the flow kept them as one draft (the flow's older session keys), so a
    /// conversation under way across an upgrade loses nothing; empty by default.
    /// </summary>
    protected virtual TDraft OlderDraft(ConversationSession session) => new();

    /// <summary>Whether steps after the first offer Back; a flow whose answers branch from a choice may leave it out.</summary>
    protected virtual bool OffersBack => true;

    protected static void SaveDraft(ConversationSession session, TDraft draft) => SessionDraft.Write(session, draft);

    /// <summary>The steps that apply to this draft and have a review label: the fields the person may edit, in order.</summary>
    public IReadOnlyList<Step<TState, TDraft>> Editable(TDraft draft) => [.. Steps.Where(s => s.Label is not null && s.Applies(draft))];

    public Step<TState, TDraft>? StepOf(TState state) => Steps.FirstOrDefault(s => EqualityComparer<TState>.Default.Equals(s.State, state));

    /// <summary>Marks <paramref name="step"/> as edited alone: its answer returns to <see cref="AfterSteps"/>.</summary>
    protected static void StartEditing(ConversationSession session, TState step) => session.Set(EditingKey, step.ToString());

    protected static void StopEditing(ConversationSession session) => session.Set(EditingKey, null);

    /// <summary>The step being edited alone (the destination of choosing a field on the review).</summary>
    protected TState EditedStep(ConversationSession session) => Enum.TryParse<TState>(session.Get(EditingKey), out var step) ? step : AfterSteps;

    /// <summary>The possible destinations of choosing a field to edit, for the diagram.</summary>
    protected DynamicStateInfos EditableStates(string criterion)
    {
        var infos = new DynamicStateInfos();
        foreach (var step in Steps.Where(s => s.Label is not null))
        {
            infos.Add(step.State, $"{criterion} {step.State}");
        }

        return infos;
    }

    public override async Task HandleAsync(Turn turn, UserInput input, CancellationToken cancellationToken)
    {
        var machine = MachineFor(turn);
        if (input.IsChoice(CommonChoices.BackData))
        {
            await machine.FireAsync(Back);
            return;
        }

        var state = CurrentState(turn.Session);
        if (StepOf(state) is not { } step)
        {
            await HandleMoreAsync(turn, machine, state, input, cancellationToken);
            return;
        }

        if (!step.Takes(input.Kind))
        {
            RejectInput(turn, Vi.Journeys.NotTaken(input.Kind, step.TakesText));
            return;
        }

        var draft = DraftOf(turn.Session);
        if (await step.Accept(turn, draft, input, cancellationToken) is { } hint)
        {
            RejectInput(turn, hint);
            return;
        }

        SaveDraft(turn.Session, draft);
        if (step.WalksOn && turn.Session.Get(EditingKey) is not null)
        {
            turn.Session.Set(EditingKey, FillingMark);
        }

        await machine.FireAsync(Answered);
    }

    /// <summary>Handles input in a state that is not a step; refuses it by default.</summary>
    protected virtual Task HandleMoreAsync(Turn turn, StateMachine<TState, TTrigger> machine, TState state, UserInput input, CancellationToken cancellationToken)
    {
        RejectInput(turn, Vi.ChooseFromList);
        return Task.CompletedTask;
    }

    protected sealed override void Ask(Turn turn, TState state)
    {
        if (StepOf(state) is not { } step)
        {
            AskMore(turn, state);
            return;
        }

        var prompt = step.Ask(turn, DraftOf(turn.Session));
        var choices = prompt.Choices.ToList();
        if (OffersBack && (!EqualityComparer<TState>.Default.Equals(step.State, Steps[0].State) || IsEditingAlone(turn.Session)))
        {
            choices.Add(CommonChoices.Back);
        }

        choices.Add(CommonChoices.Cancel);
        turn.Ask(prompt.Text, choices);
    }

    /// <summary>Asks the question of a state that is not a step.</summary>
    protected abstract void AskMore(Turn turn, TState state);

    protected sealed override void Configure(StateMachine<TState, TTrigger> machine, Turn? turn)
    {
        Go(machine.Configure(Initial), Begin, Candidates(-1, +1), () => Next(turn!, -1));
        for (var i = 0; i < Steps.Count; i++)
        {
            var index = i;
            var step = Steps[i];
            var config = machine.Configure(step.State).OnEntry(() => Ask(turn!, step.State));
            var next = Candidates(index, +1);
            if (CanEdit(step) && !next.Any(n => EqualityComparer<TState>.Default.Equals(n.State, AfterSteps)))
            {
                next.Add((AfterSteps, step.WalksOn ? Filling : Editing));
            }

            Go(config, Answered, next, () => Next(turn!, index));
            if (!OffersBack)
            {
                continue;
            }

            if (index > 0)
            {
                var previous = Candidates(index, -1);
                if (step.Label is not null)
                {
                    previous.Add((AfterSteps, Editing));
                }

                Go(config, Back, previous, () => Previous(turn!, index));
            }
            else if (step.Label is not null)
            {
                config.PermitIf(Back, AfterSteps, () => IsEditingAlone(turn!.Session), Editing);
            }
        }

        ConfigureMore(machine, turn);
    }

    /// <summary>Configures the states that are not steps. <paramref name="turn"/> is null only when drawing the diagram.</summary>
    protected abstract void ConfigureMore(StateMachine<TState, TTrigger> machine, Turn? turn);

    /// <summary>Whether an answer here can return straight to <see cref="AfterSteps"/>: the step is edited alone, or walked while filling in.</summary>
    private bool CanEdit(Step<TState, TDraft> step) => step.Label is not null || Steps.Any(s => s.WalksOn);

    /// <summary>One field is being edited from <see cref="AfterSteps"/>: its answer, or Back, returns there.</summary>
    private static bool IsEditingAlone(ConversationSession session) => session.Get(EditingKey) is { } editing && editing != FillingMark;

    private TState Next(Turn turn, int index)
    {
        if (index >= 0 && IsEditingAlone(turn.Session))
        {
            return AfterSteps;
        }

        var filling = turn.Session.Get(EditingKey) == FillingMark;
        var draft = DraftOf(turn.Session);
        for (var j = index + 1; j < Steps.Count; j++)
        {
            if (Steps[j].Applies(draft) && (!filling || !Steps[j].IsAnswered(draft)))
            {
                return Steps[j].State;
            }
        }

        return AfterSteps;
    }

    private TState Previous(Turn turn, int index)
    {
        if (IsEditingAlone(turn.Session))
        {
            return AfterSteps;
        }

        var draft = DraftOf(turn.Session);
        for (var j = index - 1; j > 0; j--)
        {
            if (Steps[j].Applies(draft))
            {
                return Steps[j].State;
            }
        }

        return Steps[0].State;
    }

    /// <summary>
    /// The steps the flow can reach from step <paramref name="index"/> going one way, with the condition of each: it
    /// stops at a step that always applies, and leaves out steps whose condition (or its opposite) was already passed.
    /// </summary>
    private List<(TState State, string Criterion)> Candidates(int index, int direction)
    {
        var from = index >= 0 ? Steps[index].When : null;
        var seen = new HashSet<StepCondition<TDraft>>();
        if (from is not null)
        {
            seen.Add(from);
            if (from.Opposite is not null)
            {
                seen.Add(from.Opposite);
            }
        }

        var found = new List<(TState State, string Criterion)>();
        for (var j = index + direction; j >= 0 && j < Steps.Count; j += direction)
        {
            var when = Steps[j].When;
            if (when is null || when == from)
            {
                found.Add((Steps[j].State, found.Count == 0 ? NewAnswer : ""));
                return found;
            }

            if (seen.Add(when))
            {
                found.Add((Steps[j].State, when.Name));
            }

            if (found.Any(f => f.State.Equals(Steps[j].State)) && when.Opposite is { } opposite && found.Any(f => f.Criterion == opposite.Name))
            {
                return found; // a condition and its opposite: one of them always applies
            }
        }

        if (direction > 0)
        {
            found.Add((AfterSteps, found.Count == 0 ? NewAnswer : ""));
        }

        return found;
    }

    private static void Go(StateMachine<TState, TTrigger>.StateConfiguration config, TTrigger trigger, List<(TState State, string Criterion)> candidates, Func<TState> choose)
    {
        if (candidates.Count == 1)
        {
            config.Permit(trigger, candidates[0].State);
            return;
        }

        var infos = new DynamicStateInfos();
        foreach (var (state, criterion) in candidates)
        {
            infos.Add(state, criterion);
        }

        config.PermitDynamic(trigger, choose, "bước tiếp theo áp dụng", infos);
    }
}
