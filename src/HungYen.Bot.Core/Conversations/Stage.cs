namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// One state of a flow, declared once: its question (a function of the turn and the draft; null when it has nothing to
/// ask and ended the flow itself, e.g. an empty list), and what an answer does. A stage either branches — its buttons,
/// its own answer (a pick from the listed records, a note, a file), where Back leads and whether Cancel is offered — or
/// is a question in sequence (made with <see cref="Accept"/>): a valid answer leads to the next question of the table
/// that applies, then to the stage after the questions; the draft field it fills (<see cref="Fills"/>) carries a
/// <see cref="Label"/> on the review. A state is an enum's member, or a small record named from the field (the wizard's).
/// </summary>
public sealed record Stage<TState, TTrigger, TDraft>(TState State, Func<Turn, TDraft, Prompt?> Ask)
    where TState : struct
    where TTrigger : struct, Enum
{
    /// <summary>A question in sequence: <paramref name="accept"/> checks the answer and fills the draft itself.</summary>
    public Stage(TState state, Func<Turn, TDraft, Prompt> ask, StageValidator<TDraft> accept)
        : this(state, ask) => Accept = accept;

    /// <summary>The buttons after the question's own choices, in order.</summary>
    public IReadOnlyList<Move<TState, TTrigger, TDraft>> Buttons { get; init; } = [];

    /// <summary>The answer that is not a button (typed text, one of the question's own choices, a file); its check reads it.</summary>
    public Move<TState, TTrigger, TDraft>? Answer { get; init; }

    /// <summary>Where Back leads; null: the stage offers no Back (a question's Back leads to the previous question).</summary>
    public TState? Back { get; init; }

    /// <summary>Whether Cancel is offered; by default only where there is no Back.</summary>
    public bool? OffersCancel { get; init; }

    /// <summary>
    /// The version of the record the buttons are shown with: each button carries it ("approve:3"), and the version
    /// pressed is handed to <see cref="Seen"/>, so a decision is checked against what the person saw.
    /// </summary>
    public Func<Turn, TDraft, int?>? Version { get; init; }

    public Action<TDraft, int>? Seen { get; init; }

    /// <summary>The check of a question in sequence; null: the stage branches by its buttons and answer.</summary>
    public StageValidator<TDraft>? Accept { get; }

    public bool IsQuestion => Accept is not null;

    /// <summary>
    /// The draft field the question fills, named once (<see cref="Filling{TValue}"/>): the review shows its value unless
    /// <see cref="Shows"/> says otherwise, it tells whether the question is answered, and it is cleared from what is saved
    /// when the question does not apply (<see cref="StageTable.ClearUnasked"/>). Null: the check fills the draft itself.
    /// </summary>
    public DraftField<TDraft>? Fills { get; init; }

    /// <summary>The field's name on the review screen; a question with a label can be edited from there.</summary>
    public string? Label { get; init; }

    /// <summary>How the review screen prints the answer, when not as the value of <see cref="Fills"/> (a code, a count).</summary>
    public Func<TDraft, string?>? Shows { get; init; }

    /// <summary>The question is asked only when this holds; null: always.</summary>
    public StageCondition<TDraft>? When { get; init; }

    /// <summary>
    /// An answer here changes which questions follow: when it is edited from the review, the flow walks on through the
    /// questions it brought in that have no answer yet (<see cref="IsAnswered"/>), then comes back to the review.
    /// </summary>
    public bool WalksOn { get; init; }

    /// <summary>The answer is typed text (beside any choices): a file or a shared contact sent here is told so.</summary>
    public bool TakesText { get; init; }

    /// <summary>The question takes a file (a báo cáo thành tích).</summary>
    public bool TakesFile { get; init; }

    /// <summary>The question takes a shared contact (a phone number).</summary>
    public bool TakesContact { get; init; }

    public IEnumerable<Move<TState, TTrigger, TDraft>> Moves => Answer is null ? Buttons : Buttons.Append(Answer);

    /// <summary>Whether the review shows this question's answer.</summary>
    public bool IsShown => Label is not null && (Shows is not null || Fills is not null);

    /// <summary>The answer as the review prints it next to its <see cref="Label"/>.</summary>
    public string? Shown(TDraft draft) => Shows is { } shows ? shows(draft) : Fills?.Shown(draft);

    /// <summary>
    /// Whether the draft holds an answer to this question. One asked under a condition (which a <see cref="WalksOn"/>
    /// answer can bring in) is answered when its field holds a value; one always asked was answered before the review.
    /// </summary>
    public bool IsAnswered(TDraft draft) => When is null || (Fills?.HasAnswer(draft) ?? true);

    /// <summary>Whether input of this kind can be an answer to the question at all (text and choices reach the check).</summary>
    public bool Takes(InputKind kind) => kind switch
    {
        InputKind.File => TakesFile,
        InputKind.Contact => TakesContact,
        _ => true,
    };

    public bool Applies(TDraft draft) => When?.Holds(draft) ?? true;

    /// <summary>A check that needs no I/O.</summary>
    public static StageValidator<TDraft> Check(Func<TDraft, UserInput, string?> check) =>
        (_, draft, input, _) => ValueTask.FromResult(check(draft, input));

    /// <summary>
    /// A question filling <paramref name="field"/>: <paramref name="check"/> reads the answer and returns the hint, or
    /// hands a good answer to its last argument, which sets the field.
    /// </summary>
    public static Stage<TState, TTrigger, TDraft> Filling<TValue>(TState state, DraftField<TDraft, TValue> field, Func<Turn, TDraft, Prompt> ask, Func<Turn, UserInput, Action<TValue>, string?> check) =>
        new(state, ask, (turn, draft, input, _) => ValueTask.FromResult(check(turn, input, value => field.Set(draft, value)))) { Fills = field };
}
