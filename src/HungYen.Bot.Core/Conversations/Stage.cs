namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// One state of a <see cref="StagedFlow{TState,TTrigger,TDraft}"/>, declared once: its question (a function of the
/// turn and the draft; null when it has nothing to ask and ended the flow itself, e.g. an empty list), its buttons, its
/// own answer (a pick from the listed records, a note, a file), where Back leads and whether Cancel is offered.
/// </summary>
public sealed record Stage<TState, TTrigger, TDraft>(TState State, Func<Turn, TDraft, Prompt?> Ask)
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    /// <summary>The buttons after the question's own choices, in order.</summary>
    public IReadOnlyList<Move<TState, TTrigger, TDraft>> Buttons { get; init; } = [];

    /// <summary>The answer that is not a button (typed text, one of the question's own choices, a file); its check reads it.</summary>
    public Move<TState, TTrigger, TDraft>? Answer { get; init; }

    /// <summary>Where Back leads; null: the stage offers no Back.</summary>
    public TState? Back { get; init; }

    /// <summary>Whether Cancel is offered; by default only where there is no Back.</summary>
    public bool? OffersCancel { get; init; }

    /// <summary>
    /// The version of the record the buttons are shown with: each button carries it ("approve:3"), and the version
    /// pressed is handed to <see cref="Seen"/>, so a decision is checked against what the person saw.
    /// </summary>
    public Func<Turn, TDraft, int?>? Version { get; init; }

    public Action<TDraft, int>? Seen { get; init; }

    public IEnumerable<Move<TState, TTrigger, TDraft>> Moves => Answer is null ? Buttons : Buttons.Append(Answer);
}
