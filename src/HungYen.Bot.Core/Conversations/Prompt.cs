namespace HungYen.Bot.Core.Conversations;

/// <summary>A question and its own choices; the flow adds Back and Cancel. It may ask for the person's own contact.</summary>
public sealed record Prompt(string Text, IReadOnlyList<Choice> Choices)
{
    public Prompt(string text, params Choice[] choices)
        : this(text, (IReadOnlyList<Choice>)choices)
    {
    }

    /// <summary>The question offers the channel's "share my contact" button (where the channel has one).</summary>
    public bool RequestContact { get; init; }
}

/// <summary>
/// Checks an answer and, when it is good, writes it into the draft. Returns the hint to re-ask with, or null; an empty
/// hint: the check has said what it had to, and the question is not asked again.
/// </summary>
public delegate ValueTask<string?> StageValidator<in TDraft>(Turn turn, TDraft draft, UserInput input, CancellationToken cancellationToken);
