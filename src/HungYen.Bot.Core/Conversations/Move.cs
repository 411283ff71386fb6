namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// What one answer at a <see cref="Stage{TState,TTrigger,TDraft}"/> does, declared once: the trigger it fires and the
/// state it leads to, its button (when it is one), when it is offered, the check that can refuse it with a hint (and
/// fills the draft), and the domain action taken on arrival.
/// </summary>
public sealed record Move<TState, TTrigger, TDraft>(TTrigger Trigger, TState To)
    where TState : struct
    where TTrigger : struct, Enum
{
    /// <summary>The button's label; null: the move is the stage's own answer (typed text, a pick, a file).</summary>
    public Func<TDraft, string>? Label { get; init; }

    /// <summary>The button's data; the trigger's name when not given.</summary>
    public string? Data { get; init; }

    public string ButtonData => Data ?? Trigger.ToString();

    /// <summary>The button is offered, and accepted, only while this holds; null: always.</summary>
    public TurnCondition<TDraft>? When { get; init; }

    /// <summary>Checks the answer and, when it is good, writes it into the draft. Returns the hint to re-ask with, or null.</summary>
    public StageValidator<TDraft>? Check { get; init; }

    /// <summary>The domain action on arrival, before the next state's question (saving, telling the people concerned).</summary>
    public Action<Turn, TDraft>? Then { get; init; }

    /// <summary>What <see cref="Then"/> does, in the diagram's words.</summary>
    public string? Does { get; init; }

    /// <summary>The move leads to the question chosen to edit from the review (<see cref="To"/> is then not used).</summary>
    public bool ToEdit { get; init; }

    /// <summary>The move hands the person to another flow: <see cref="Then"/> runs and this flow's machine stays where it is.</summary>
    public bool Leaves { get; init; }
}
