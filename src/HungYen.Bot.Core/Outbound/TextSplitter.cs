namespace HungYen.Bot.Core.Outbound;

/// <summary>Splits long texts at paragraph, line or word boundaries so each part fits a channel's limit.</summary>
public static class TextSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);
        var parts = new List<string>();
        var rest = text;
        while (rest.Length > maxLength)
        {
            var cut = BestCut(rest, maxLength);
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart('\n', ' ');
        }

        if (rest.Length > 0 || parts.Count == 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static int BestCut(string text, int maxLength)
    {
        var window = text[..maxLength];
        foreach (var separator in new[] { "\n\n", "\n", " " })
        {
            var at = window.LastIndexOf(separator, StringComparison.Ordinal);
            if (at >= maxLength / 2)
            {
                return at + separator.Length;
            }
        }

        // No good boundary: never cut a surrogate pair in half.
        return char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
    }
}
