namespace HungYen.Bot.Core.Conversations;

/// <summary>What a typed reply matched: one choice, several (too vague to pick), or none.</summary>
public sealed record ChoiceMatch(Channels.Choice? Chosen, IReadOnlyList<Channels.Choice> Candidates)
{
    public static ChoiceMatch None { get; } = new(null, []);

    public bool IsAmbiguous => Chosen is null && Candidates.Count > 1;
}

/// <summary>
/// Turns a typed reply into one of the offered choices, as Zalo and console users type them: its number ("2", "2.",
/// "2)"), its label's text, the label's beginning ("Giấy khen", "bằng kh") or a word or words of it ("chủ tịch"),
/// ignoring case, emoji, punctuation and even missing diacritics ("huy" finds "✖️ Hủy", "tap the" finds "👥 Tập thể").
/// A whole label wins over a beginning, a beginning over words inside; a reply that fits several choices equally is
/// ambiguous, so the person is shown the candidates instead of getting a guess.
/// </summary>
public static class ChoiceMatcher
{
    /// <summary>Shorter replies must match a label whole: one or two letters are too easily part of anything.</summary>
    private const int MinimumPartialLetters = 3;

    public static Channels.Choice? Match(string text, IReadOnlyList<Channels.Choice> choices) => Find(text, choices).Chosen;

    public static ChoiceMatch Find(string text, IReadOnlyList<Channels.Choice> choices)
    {
        if (choices.Count == 0 || string.IsNullOrWhiteSpace(text))
        {
            return ChoiceMatch.None;
        }

        if (Number(text) is { } number)
        {
            return number >= 1 && number <= choices.Count ? new(choices[number - 1], []) : ChoiceMatch.None;
        }

        var key = Fold(text);
        if (key.Length == 0)
        {
            return ChoiceMatch.None;
        }

        var labels = choices.Select(c => (Choice: c, Label: Fold(c.Label))).ToList();
        if (labels.FirstOrDefault(l => l.Label == key).Choice is { } exact)
        {
            return new(exact, []);
        }

        if (key.Count(char.IsLetterOrDigit) < MinimumPartialLetters)
        {
            return ChoiceMatch.None;
        }

        var padded = $" {key} ";
        foreach (var fits in new Func<string, bool>[] { l => l.StartsWith(key, StringComparison.Ordinal), l => $" {l} ".Contains(padded, StringComparison.Ordinal) })
        {
            var found = labels.Where(l => fits(l.Label)).Select(l => l.Choice).ToList();
            if (found.Count > 0)
            {
                return found.Count == 1 ? new(found[0], []) : new(null, found);
            }
        }

        return ChoiceMatch.None;
    }

    /// <summary>The reply read as a choice's number ("2", "2.", "2)"), or null when it is not one.</summary>
    public static int? Number(string text) =>
        int.TryParse(text.Trim().TrimEnd('.', ')'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>Lower-case letters and digits only, without diacritics (đ → d), single-spaced.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(ch))
            {
                builder.Append(ch is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(ch));
                lastWasSpace = false;
            }
            else if (char.IsWhiteSpace(ch) && !lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().Trim();
    }
}
