using System.Globalization;

namespace HungYen.Bot.Core.Text;

/// <summary>Vietnamese name order: by the given name (last word), then the middle names, then the family name.</summary>
public sealed class NameOrder : IComparer<string>
{
    public static readonly NameOrder Comparer = new();

    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false);

    public int Compare(string? x, string? y) => Vietnamese.Compare(Key(x), Key(y));

    private static string Key(string? name)
    {
        var words = (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : string.Join(' ', words.Reverse());
    }
}
