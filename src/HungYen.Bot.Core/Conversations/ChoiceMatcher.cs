using System.Globalization;
using System.Text;

namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// Turns a typed reply into one of the offered choices: its number ("2", "2.", "2)") or its label's text, ignoring
/// case, emoji, punctuation and even missing diacritics ("huy" finds "✖️ Hủy").
/// </summary>
public static class ChoiceMatcher
{
    public static Channels.Choice? Match(string text, IReadOnlyList<Channels.Choice> choices)
    {
        if (choices.Count == 0 || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimEnd('.', ')');
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= choices.Count ? choices[number - 1] : null;
        }

        var key = Fold(text);
        if (key.Length == 0)
        {
            return null;
        }

        return choices.FirstOrDefault(c => Fold(c.Label) == key);
    }

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
