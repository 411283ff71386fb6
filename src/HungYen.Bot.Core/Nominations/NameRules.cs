using System.Globalization;
using System.Text;
using HungYen.Bot.Core.Conversations;

namespace HungYen.Bot.Core.Nominations;

/// <summary>Vietnamese names: normalised form, the sort key (given name, then middle, then family name), the duplicate key.</summary>
public static class NameRules
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"nguyễn   văn an" → "Nguyễn Văn An": NFC, single spaces, each word capitalised.</summary>
    public static string Normalise(string text)
    {
        var words = text.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', words.Select(w => w.Length == 0 ? w : char.ToUpper(w[0], Vietnamese) + w[1..].ToLower(Vietnamese)));
    }

    /// <summary>Keeps the user's capitals for names of collectives ("Phòng Quản lý KH&amp;CN"), but tidies spaces and capitalises the first letter.</summary>
    public static string NormaliseTitle(string text)
    {
        var tidy = string.Join(' ', text.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return tidy.Length == 0 ? tidy : char.ToUpper(tidy[0], Vietnamese) + tidy[1..];
    }

    /// <summary>Whether it looks like a person's name: at least two words of letters (and hyphen/apostrophe).</summary>
    public static bool IsPersonName(string name) =>
        name.Split(' ').Length >= 2 && name.Length <= 80 && name.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'');

    /// <summary>Orders people the Vietnamese way: by given name (last word), then middle names, then family name.</summary>
    public static IComparer<string> PersonOrder { get; } = Comparer<string>.Create((a, b) => StringComparer.Create(Vietnamese, ignoreCase: true).Compare(SortKey(a), SortKey(b)));

    public static string SortKey(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? name : string.Join(' ', [words[^1], .. words[1..^1], words[0]]);
    }

    /// <summary>The same person written differently ("Nguyễn Văn An", "NGUYEN VAN AN") gives the same key.</summary>
    public static string DuplicateKey(string name, int? birthYear) => $"{ChoiceMatcher.Fold(name)}|{birthYear}";
}
