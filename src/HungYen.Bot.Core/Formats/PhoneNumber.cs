using System.Diagnostics.CodeAnalysis;

namespace HungYen.Bot.Core.Formats;

/// <summary>
/// A Vietnamese mobile number in its one stored form, "0" + 9 digits with a 3/5/7/8/9 prefix. People write the same
/// number as "+84 912.345.678", "84912345678" or "0912 345 678"; all of them must match one record.
/// </summary>
public sealed record PhoneNumber
{
    private PhoneNumber(string normal) => Value = normal;

    /// <summary>The normal form, e.g. "0912345678".</summary>
    public string Value { get; }

    public static bool TryParse(string? text, [NotNullWhen(true)] out PhoneNumber? phone)
    {
        phone = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var digits = new StringBuilder();
        // Excel and copied web pages put non-breaking spaces between digit groups; every kind of space separates.
        foreach (var c in text.Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (!char.IsWhiteSpace(c) && c is not ('.' or '-' or '(' or ')' or '+'))
            {
                return false;
            }
        }

        var d = digits.ToString();
        if (d.StartsWith("84", StringComparison.Ordinal) && d.Length == 11)
        {
            d = "0" + d[2..];
        }
        else if (d.Length == 9 && d[0] is '3' or '5' or '7' or '8' or '9')
        {
            d = "0" + d; // Telegram shares numbers without the leading "+", some people drop the leading 0
        }

        if (d.Length != 10 || d[0] != '0' || d[1] is not ('3' or '5' or '7' or '8' or '9'))
        {
            return false;
        }

        phone = new PhoneNumber(d);
        return true;
    }

    public static PhoneNumber? ParseOrNull(string? text) => TryParse(text, out var phone) ? phone : null;

    public override string ToString() => Value;
}
