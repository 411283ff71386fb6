using HungYen.Bot.Core.Channels;

namespace HungYen.Bot.Core.Conversations;

/// <summary>A question and its own choices; the flow adds Back (after the first step) and Cancel.</summary>
public sealed record Prompt(string Text, IReadOnlyList<Choice> Choices)
{
    public Prompt(string text, params Choice[] choices)
        : this(text, (IReadOnlyList<Choice>)choices)
    {
    }
}

/// <summary>Checks an answer and, when it is good, writes it into the draft. Returns the hint to re-ask with, or null.</summary>
public delegate ValueTask<string?> StepValidator<in TDraft>(Turn turn, TDraft draft, UserInput input, CancellationToken cancellationToken);

/// <summary>
/// A named condition on the draft deciding whether a step applies (e.g. "cá nhân"). <see cref="Otherwise"/> makes its
/// opposite, so the diagram leaves out the transitions that cannot happen.
/// </summary>
public sealed class StepCondition<TDraft>(string name, Func<TDraft, bool> holds)
{
    public string Name { get; } = name;

    public StepCondition<TDraft>? Opposite { get; private set; }

    public bool Holds(TDraft draft) => holds(draft);

    public StepCondition<TDraft> Otherwise(string name)
    {
        var opposite = new StepCondition<TDraft>(name, d => !holds(d)) { Opposite = this };
        Opposite = opposite;
        return opposite;
    }
}

/// <summary>
/// One question of a stepped flow, declared once: its state, its prompt (a function of the turn and the draft), its
/// validator (which fills the draft field), its label on the review screen, and when it applies.
/// </summary>
public sealed record Step<TState, TDraft>(TState State, Func<Turn, TDraft, Prompt> Ask, StepValidator<TDraft> Accept)
    where TState : struct, Enum
{
    /// <summary>The field's name on the review screen; a step with a label can be edited from there.</summary>
    public string? Label { get; init; }

    /// <summary>The step is asked only when this holds; null: always.</summary>
    public StepCondition<TDraft>? When { get; init; }

    /// <summary>
    /// An answer here changes which steps follow: when it is edited from the review, the wizard walks on through the
    /// steps it brought in that have no answer yet (<see cref="Answered"/>), then comes back to the review.
    /// </summary>
    public bool WalksOn { get; init; }

    /// <summary>
    /// Whether the draft holds an answer to this step; declared for the steps a <see cref="WalksOn"/> answer can bring
    /// in. A step without it counts as answered once the review was reached.
    /// </summary>
    public Func<TDraft, bool>? Answered { get; init; }

    public bool IsAnswered(TDraft draft) => Answered?.Invoke(draft) ?? true;

    /// <summary>The answer is typed text (beside any choices): a file or a shared contact sent here is told so.</summary>
    public bool TakesText { get; init; }

    /// <summary>The step takes a file (a báo cáo thành tích).</summary>
    public bool TakesFile { get; init; }

    /// <summary>The step takes a shared contact (a phone number).</summary>
    public bool TakesContact { get; init; }

    /// <summary>Whether input of this kind can be an answer here at all (text and choices reach the validator).</summary>
    public bool Takes(InputKind kind) => kind switch
    {
        InputKind.File => TakesFile,
        InputKind.Contact => TakesContact,
        _ => true,
    };

    public bool Applies(TDraft draft) => When?.Holds(draft) ?? true;

    /// <summary>A validator that needs no I/O.</summary>
    public static StepValidator<TDraft> Check(Func<TDraft, UserInput, string?> check) =>
        (_, draft, input, _) => ValueTask.FromResult(check(draft, input));
}
