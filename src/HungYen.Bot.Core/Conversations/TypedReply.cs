namespace HungYen.Bot.Core.Conversations;

/// <summary>What a typed reply answers.</summary>
public enum TypedReplyKind
{
    /// <summary>No choice: the text goes on as an answer to the step (or a start code, or "not understood").</summary>
    None,

    /// <summary>One choice of the person's current question (<see cref="TypedReply.Data"/> is its data).</summary>
    Choice,

    /// <summary>A choice of a notice sent after that question: its data is a command ("/giaymoi", "/nhancho nhan").</summary>
    Command,

    /// <summary>Fits several choices of the latest question equally.</summary>
    Ambiguous,

    /// <summary>A number that is not on the latest message but was on an older question: refused, never guessed.</summary>
    Stale,
}

/// <summary>A typed reply resolved against the latest message with choices the person was sent.</summary>
public sealed record TypedReply(TypedReplyKind Kind, string? Data = null, IReadOnlyList<(int Number, string Label)>? Candidates = null)
{
    public static TypedReply None { get; } = new(TypedReplyKind.None);

    /// <summary>
    /// Matches <paramref name="text"/> to the latest question put to the chat (<see cref="LatestQuestion"/>): the
    /// person's own current question, or a notice that came after it. A number answers only the latest message; a
    /// label or word may still answer the current question, since it cannot be mistaken for a notice's choice.
    /// </summary>
    public static TypedReply Resolve(Turn turn, string text)
    {
        var current = turn.Session.Choices;
        var latest = turn.Store.Find<LatestQuestion>(turn.Chat.ToString());
        var notice = latest is { Choices.Count: > 0 } && !Turn.TryParseStamped(latest.Choices[0].Data, out _, out _) ? latest.Choices : null;
        if (notice is not null)
        {
            var onNotice = ChoiceMatcher.Find(text, notice);
            if (onNotice.Chosen is { } command)
            {
                return new(TypedReplyKind.Command, command.Data);
            }

            if (onNotice.IsAmbiguous)
            {
                return new(TypedReplyKind.Ambiguous, Candidates: Numbered(notice, onNotice.Candidates));
            }

            if (ChoiceMatcher.Number(text) is { } number && number >= 1 && number <= current.Count)
            {
                return new(TypedReplyKind.Stale, Candidates: Numbered(notice, notice));
            }
        }

        var match = ChoiceMatcher.Find(text, current);
        return match switch
        {
            { Chosen: { } chosen } => new(TypedReplyKind.Choice, chosen.Data),
            { IsAmbiguous: true } => new(TypedReplyKind.Ambiguous, Candidates: Numbered(current, match.Candidates)),
            _ => None,
        };
    }

    private static List<(int Number, string Label)> Numbered(IReadOnlyList<Choice> all, IReadOnlyList<Choice> some) =>
        [.. some.Select(c => (IndexOf(all, c) + 1, c.Label))];

    private static int IndexOf(IReadOnlyList<Choice> all, Choice choice)
    {
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i] == choice)
            {
                return i;
            }
        }

        return -1;
    }
}
