namespace HungYen.Bot.Core.Conversations;

/// <summary>What a flow's table of stages says of a draft as a whole, found by walking the table (no list of fields).</summary>
public static class StageTable
{
    /// <summary>
    /// Clears the fields that only questions not applying to <paramref name="draft"/> fill (a person's fields once the
    /// nominee is a collective): what is saved is what was asked. A field that an applying question fills too is kept
    /// (the one name of a person or a collective). The conditions are read before anything is cleared.
    /// </summary>
    public static void ClearUnasked<TState, TTrigger, TDraft>(this IEnumerable<Stage<TState, TTrigger, TDraft>> stages, TDraft draft)
        where TState : struct
        where TTrigger : struct, Enum
    {
        var filled = stages.Where(s => s.Fills is not null).SelectMany(s => s.Fills!.Parts.Select(f => (Field: f, Asked: s.Applies(draft)))).ToList();
        var kept = filled.Where(f => f.Asked).Select(f => f.Field.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (field, _) in filled.Where(f => !f.Asked && !kept.Contains(f.Field.Name)))
        {
            field.Clear(draft);
        }
    }
}
