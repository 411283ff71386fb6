namespace HungYen.Bot.Core.Delegates.Import;

/// <summary>
/// Turns an uploaded text file into NFC text whatever Excel saved it as: UTF-8 (with or without BOM), UTF-16 ("Unicode
/// Text", with BOM, or without one when every other byte is zero), else Windows-1258, the code page a Vietnamese
/// Windows uses for plain "CSV" — which writes tone marks as combining characters, hence the NFC.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] content) => DecodeAs(content).Text.Normalize(NormalizationForm.FormC);

    /// <summary>The text and the name of the encoding it was read as.</summary>
    public static (string Text, string Encoding) DecodeAs(byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(span[3..]), "UTF-8");
        }

        if (span.StartsWith((byte[])[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(span[2..]), "UTF-16");
        }

        if (span.StartsWith((byte[])[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(span[2..]), "UTF-16");
        }

        if (LooksLikeUtf16(span, out var bigEndian))
        {
            return ((bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(span), "UTF-16");
        }

        try
        {
            return (StrictUtf8.GetString(span), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(1258).GetString(span), "Windows-1258");
        }
    }

    /// <summary>Latin text in UTF-16 has a zero in most high bytes: at odd offsets (little endian) or even ones (big endian).</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> span, out bool bigEndian)
    {
        bigEndian = false;
        if (span.Length < 4 || span.Length % 2 != 0)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenZeros++;
                }
                else
                {
                    oddZeros++;
                }
            }
        }

        var half = span.Length / 2;
        bigEndian = evenZeros > oddZeros;
        return Math.Max(evenZeros, oddZeros) > half * 0.6 && Math.Min(evenZeros, oddZeros) < half * 0.1;
    }
}
