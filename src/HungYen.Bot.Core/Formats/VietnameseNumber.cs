namespace HungYen.Bot.Core.Formats;

/// <summary>
/// Numbers as Vietnamese readers expect them, in the vi-VN culture: thousands grouped with a full stop ("2.000"),
/// decimals after a comma ("1,5"). The one place user-facing numbers are formatted.
/// </summary>
public static class VietnameseNumber
{
    /// <summary>Văn hóa vi-VN với dấu phân cách cố định, để số viết ra không phụ thuộc dữ liệu ICU của máy.</summary>
    public static CultureInfo Culture { get; } = Pinned();

    /// <summary>A whole number, grouped: 2000 → "2.000".</summary>
    public static string Whole(long value) => value.ToString("#,0", Culture);

    /// <summary>A number with at most <paramref name="decimals"/> decimals: 1.5 → "1,5".</summary>
    public static string Decimal(double value, int decimals = 2) => value.ToString("#,0." + new string('#', decimals), Culture);

    /// <summary>A number with exactly one decimal: 1.25 → "1,3"; 1 → "1,0".</summary>
    public static string OneDecimal(double value) => value.ToString("#,0.0", Culture);

    private static CultureInfo Pinned()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("vi-VN").Clone();
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.NumberDecimalSeparator = ",";
        return CultureInfo.ReadOnly(culture);
    }
}
