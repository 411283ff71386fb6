namespace HungYen.Bot.Core.Conversations;

/// <summary>The kinds of stage the flows share, so that each flow declares them rather than writing them again.</summary>
public abstract partial class StagedFlow<TState, TTrigger, TDraft>
{
    /// <summary>The data prefix of a listed record's choice: "n:" and its id.</summary>
    public const string PickPrefix = "n:";

    /// <summary>The fewest characters a note (a reason, a request) may have.</summary>
    public const int NoteMinLength = 5;

    /// <summary>A button leading to <paramref name="to"/>.</summary>
    protected static Move<TState, TTrigger, TDraft> Button(string label, TTrigger trigger, TState to) =>
        new(trigger, to) { Label = _ => label };

    /// <summary>
    /// Pick one from a list: the question lists <paramref name="records"/> (one choice each, labelled by
    /// <paramref name="label"/>); the chosen one's id goes into the draft through <paramref name="keep"/>, then
    /// <paramref name="then"/> is taken. With nothing to list, <paramref name="empty"/> is said and the flow ends.
    /// </summary>
    protected static Stage<TState, TTrigger, TDraft> Pick<TRecord>(
        TState state,
        Func<Turn, IReadOnlyList<TRecord>> records,
        Func<TRecord, string> id,
        Func<TRecord, string> label,
        Func<Turn, IReadOnlyList<TRecord>, string> text,
        Func<Turn, string> empty,
        Action<TDraft, string> keep,
        Move<TState, TTrigger, TDraft> then)
        where TRecord : class
    {
        Prompt? List(Turn turn, TDraft draft)
        {
            var listed = records(turn);
            if (listed.Count == 0)
            {
                turn.Say(empty(turn));
                turn.EndFlow();
                return null;
            }

            return new Prompt(text(turn, listed), [.. listed.Select(r => new Choice(label(r), PickPrefix + id(r)))]);
        }

        ValueTask<string?> Choose(Turn turn, TDraft draft, UserInput input, CancellationToken cancellationToken)
        {
            var chosen = input.Kind == InputKind.Choice && input.Value.StartsWith(PickPrefix, StringComparison.Ordinal)
                ? records(turn).FirstOrDefault(r => id(r) == input.Value[PickPrefix.Length..])
                : null;
            if (chosen is null)
            {
                return ValueTask.FromResult<string?>(Vi.ChooseFromList);
            }

            keep(draft, id(chosen));
            return ValueTask.FromResult<string?>(null);
        }

        return new(state, List) { Answer = then with { Check = Choose } };
    }

    /// <summary>
    /// Write a note (a reason, a request): typed text of at least <see cref="NoteMinLength"/> characters goes into the
    /// draft through <paramref name="keep"/>, then <paramref name="then"/> is taken; anything else gets <paramref name="hint"/>.
    /// </summary>
    protected static Stage<TState, TTrigger, TDraft> Note(TState state, string ask, string hint, Action<TDraft, string> keep, Move<TState, TTrigger, TDraft> then, TState back) =>
        new(state, (_, _) => new Prompt(ask))
        {
            Answer = then with
            {
                Check = (_, draft, input, _) =>
                {
                    if (input.Kind != InputKind.Text)
                    {
                        return ValueTask.FromResult<string?>(Vi.Journeys.NotTaken(input.Kind, takesText: true));
                    }

                    var text = input.Value.Trim();
                    if (text.Length < NoteMinLength)
                    {
                        return ValueTask.FromResult<string?>(hint);
                    }

                    keep(draft, text);
                    return ValueTask.FromResult<string?>(null);
                },
            },
            Back = back,
        };

    /// <summary>
    /// Upload a file: one that <paramref name="rule"/> lets through is fetched and handed to <paramref name="read"/>,
    /// which fills the draft and returns the hint to re-ask with (the rows it could not read), or null; then
    /// <paramref name="then"/> is taken.
    /// </summary>
    protected static Stage<TState, TTrigger, TDraft> Upload(TState state, string ask, FileRule rule, Func<Turn, TDraft, string, byte[], string?> read, Move<TState, TTrigger, TDraft> then)
    {
        async ValueTask<string?> Take(Turn turn, TDraft draft, UserInput input, CancellationToken cancellationToken)
        {
            if (input is not { Kind: InputKind.File, File: { } file })
            {
                return rule.NeedFile;
            }

            var name = file.FileName ?? "";
            if (!rule.Accepts(name))
            {
                return rule.WrongType;
            }

            if (file.Size > rule.MaxBytes)
            {
                return rule.TooLarge;
            }

            var content = await turn.DownloadAsync(file, cancellationToken).ConfigureAwait(false);
            return read(turn, draft, name, content);
        }

        return new(state, (_, _) => new Prompt(ask)) { Answer = then with { Check = Take } };
    }
}
