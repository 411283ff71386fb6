namespace HungYen.Bot.Core.Formats;

/// <summary>
/// Cleans what people type before anything reads or stores it: Unicode NFC (Vietnamese typed in NFD compares and
/// sorts like the rest), no lone surrogate halves, no control characters but line breaks and tabs.
/// </summary>
public static class InputText
{
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(ch).Append(text[++i]);
            }
            else if (char.IsSurrogate(ch))
            {
                builder.Append('\uFFFD');
            }
            else if (!char.IsControl(ch) || ch is '\n' or '\t')
            {
                builder.Append(ch);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
