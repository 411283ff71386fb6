using System.Runtime.CompilerServices;
using Stateless;

namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// Every flow: a table of <see cref="Stage{TState,TTrigger,TDraft}"/>s from which the machine is wired. Begin → the
/// first stage; each stage's entry asks its question with its buttons, Back and Cancel. A branching stage's button or
/// answer, once its check accepts it, fires its trigger to its state, where the move's domain action runs before the
/// next question. A question in sequence (see StagedFlow.Questions.cs) leads, once answered, to the next question of
/// the table that applies, then to the stage after the questions (a review). A refused answer → the hint and the
/// question again. Cancel is the router's. The answers live in the session as one serialised
/// <typeparamref name="TDraft"/>, read once per turn and saved once after it.
/// </summary>
public abstract partial class StagedFlow<TState, TTrigger, TDraft> : StatelessFlow<TState, TTrigger>
    where TState : struct
    where TTrigger : struct, Enum
    where TDraft : class, new()
{
    /// <summary>The session key of the serialised draft.</summary>
    public const string DraftKey = SessionDraft.Key;

    /// <summary>The draft of each turn under way: read once, handed to every check, question and action, saved once.</summary>
    private readonly ConditionalWeakTable<Turn, TDraft> drafts = new();

    /// <summary>The stages; the first is where Begin leads.</summary>
    protected abstract IReadOnlyList<Stage<TState, TTrigger, TDraft>> Stages { get; }

    /// <summary>Other ways into the flow than Begin (from outside a turn of its own, see <see cref="EnterAsync"/>).</summary>
    protected virtual IReadOnlyList<Move<TState, TTrigger, TDraft>> Entrances => [];

    /// <summary>The states of the table, when they are not an enum's: the initial one, the stages' and where their moves lead.</summary>
    protected override IEnumerable<TState> States => typeof(TState).IsEnum
        ? base.States
        : [Initial, .. Stages.Select(s => s.State), .. Stages.SelectMany(s => s.Moves).Concat(Entrances).Where(m => !m.ToEdit).Select(m => m.To)];

    public Stage<TState, TTrigger, TDraft>? StageOf(TState state) => Stages.FirstOrDefault(s => EqualityComparer<TState>.Default.Equals(s.State, state));

    /// <summary>This turn's draft. A draft that cannot be read starts empty; a session of the older shape is read by <see cref="OlderDraft"/>.</summary>
    public TDraft Draft(Turn turn) => drafts.GetValue(turn, t => DraftOf(t.Session));

    /// <summary>The answers stored in <paramref name="session"/>. A draft that cannot be read (an older shape) starts empty.</summary>
    public TDraft DraftOf(ConversationSession session) => SessionDraft.Read(session, OlderDraft);

    /// <summary>The answers of a session saved before the flow kept them as one draft (its older session keys); empty by default.</summary>
    protected virtual TDraft OlderDraft(ConversationSession session) => new();

    /// <summary>Replaces this turn's draft, and stores it at once (the flow is being entered from outside a turn of its own).</summary>
    protected void SetDraft(Turn turn, TDraft draft)
    {
        drafts.AddOrUpdate(turn, draft);
        SessionDraft.Write(turn.Session, draft);
    }

    /// <summary>Whether the flow can begin; when it cannot, it says why and ends the flow itself.</summary>
    protected virtual bool CanBegin(Turn turn, TDraft draft) => true;

    public override async Task StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (CanBegin(turn, Draft(turn)))
        {
            await EnterAsync(turn, Start.Begin).ConfigureAwait(false);
        }
    }

    /// <summary>Fires <paramref name="trigger"/> (Begin, or one of the <see cref="Entrances"/>) and saves the draft.</summary>
    protected async Task EnterAsync(Turn turn, TTrigger trigger)
    {
        await FireAsync(turn, trigger).ConfigureAwait(false);
        Save(turn);
    }

    public sealed override async Task HandleAsync(Turn turn, UserInput input, CancellationToken cancellationToken)
    {
        await HandleStageAsync(turn, input, cancellationToken).ConfigureAwait(false);
        Save(turn);
    }

    protected sealed override void Ask(Turn turn, TState state)
    {
        if (StageOf(state) is not { } stage)
        {
            return;
        }

        var draft = Draft(turn);
        if (stage.Ask(turn, draft) is not { } prompt)
        {
            return;
        }

        var version = stage.Version?.Invoke(turn, draft) is { } v ? ":" + v.ToString(CultureInfo.InvariantCulture) : "";
        var choices = prompt.Choices.ToList();
        choices.AddRange(stage.Buttons.Where(b => Offered(turn, draft, b)).Select(b => new Choice(b.Label!(draft), b.ButtonData + version)));
        if (stage.IsQuestion ? OffersBack(turn, stage) : stage.Back is not null)
        {
            choices.Add(CommonChoices.Back);
        }

        if (stage.IsQuestion || (stage.OffersCancel ?? stage.Back is null))
        {
            choices.Add(CommonChoices.Cancel);
        }

        turn.Ask(prompt.Text, choices, prompt.RequestContact);
    }

    protected sealed override void Configure(StateMachine<TState, TTrigger> machine, Func<Turn> turn)
    {
        var initial = machine.Configure(Initial);
        if (Stages[0].IsQuestion)
        {
            Go(initial, Start.Begin, Candidates(-1, +1), () => Next(turn(), -1));
        }
        else
        {
            initial.Permit(Start.Begin, Stages[0].State);
        }

        foreach (var entrance in Entrances)
        {
            initial.Permit(entrance.Trigger, entrance.To);
        }

        var arrivals = Stages.SelectMany(s => s.Moves.Where(m => !m.Leaves && !m.ToEdit).Select(m => (From: s.State, Move: m))).ToList();
        foreach (var state in Stages.Select(s => s.State).Concat(arrivals.Select(a => a.Move.To)).Distinct())
        {
            var config = machine.Configure(state);
            foreach (var entry in arrivals.Where(a => a.Move.Then is not null && a.Move.To.Equals(state)).GroupBy(a => (a.Move.Trigger, a.Move.Does)))
            {
                var from = entry.ToList();
                config.OnEntryFrom(entry.Key.Trigger, t => Arrive(turn(), from, t.Source), entry.Key.Does);
            }

            if (StageOf(state) is { } stage)
            {
                if (Questions.Count > 0 && state.Equals(AfterQuestions))
                {
                    config.OnEntry(() => StopEditing(turn().Session));
                }

                config.OnEntry(() => Ask(turn(), state));
                Permit(config, stage, turn);
            }
        }
    }

    private void Permit(StateMachine<TState, TTrigger>.StateConfiguration config, Stage<TState, TTrigger, TDraft> stage, Func<Turn> turn)
    {
        if (stage.IsQuestion)
        {
            PermitQuestion(config, stage, turn);
        }

        foreach (var move in stage.Moves.Where(m => !m.Leaves))
        {
            if (move.ToEdit)
            {
                config.PermitDynamic(move.Trigger, () => EditedStep(turn().Session), "trường được chọn", EditableStates("sửa"));
            }
            else if (move.When is { } when)
            {
                config.PermitIf(move.Trigger, move.To, () => when.Holds(turn(), Draft(turn())), when.Name);
            }
            else
            {
                config.Permit(move.Trigger, move.To);
            }
        }

        if (stage.Back is { } back)
        {
            config.Permit(Start.Back ?? throw new InvalidOperationException($"{Name}: a stage offers Back but the flow has no Back trigger."), back);
        }
    }

    private void Arrive(Turn turn, List<(TState From, Move<TState, TTrigger, TDraft> Move)> arrivals, TState source)
    {
        foreach (var (from, move) in arrivals.Where(a => a.From.Equals(source)))
        {
            move.Then!(turn, Draft(turn));
        }
    }

    private async Task HandleStageAsync(Turn turn, UserInput input, CancellationToken cancellationToken)
    {
        if (StageOf(CurrentState(turn.Session)) is not { } stage)
        {
            RejectInput(turn, Vi.ChooseFromList);
            return;
        }

        if (input.IsChoice(CommonChoices.BackData) && (stage.Back is not null || stage.IsQuestion) && Start.Back is { } back)
        {
            await FireAsync(turn, back).ConfigureAwait(false);
            return;
        }

        if (stage.IsQuestion)
        {
            await AnswerAsync(turn, stage, input, cancellationToken).ConfigureAwait(false);
            return;
        }

        var draft = Draft(turn);
        if ((Pressed(turn, stage, draft, input) ?? stage.Answer) is not { } move)
        {
            RejectInput(turn, Vi.ChooseFromList);
            return;
        }

        var hint = move.Check is null ? null : await move.Check(turn, draft, input, cancellationToken).ConfigureAwait(false);
        if (turn.Session.Flow != Name)
        {
            return; // the check ended the flow, having said why
        }

        if (hint is not null)
        {
            Refuse(turn, hint);
        }
        else if (move.Leaves)
        {
            move.Then?.Invoke(turn, draft);
        }
        else
        {
            await FireAsync(turn, move.Trigger).ConfigureAwait(false);
        }
    }

    /// <summary>Re-asks with the hint; an empty hint: the check has said what it had to, and nothing is asked again.</summary>
    private void Refuse(Turn turn, string hint)
    {
        if (hint.Length > 0)
        {
            RejectInput(turn, hint);
        }
    }

    /// <summary>The button pressed (by its data, with the version it was shown with when the stage keeps one), if offered.</summary>
    private Move<TState, TTrigger, TDraft>? Pressed(Turn turn, Stage<TState, TTrigger, TDraft> stage, TDraft draft, UserInput input)
    {
        if (input.Kind != InputKind.Choice)
        {
            return null;
        }

        foreach (var button in stage.Buttons.Where(b => Offered(turn, draft, b)))
        {
            var data = button.ButtonData;
            if (input.Value == data)
            {
                return button;
            }

            if (stage.Seen is { } seen && input.Value.StartsWith(data + ":", StringComparison.Ordinal))
            {
                if (!int.TryParse(input.Value[(data.Length + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                {
                    return null;
                }

                seen(draft, version);
                return button;
            }
        }

        return null;
    }

    private static bool Offered(Turn turn, TDraft draft, Move<TState, TTrigger, TDraft> button) =>
        button.Label is not null && (button.When?.Holds(turn, draft) ?? true);

    /// <summary>Saves the turn's draft, unless the flow ended (or handed the person to another flow) during the turn.</summary>
    private void Save(Turn turn)
    {
        if (turn.Session.Flow == Name && drafts.TryGetValue(turn, out var draft))
        {
            SessionDraft.Write(turn.Session, draft);
        }
    }
}
