namespace HungYen.Bot.Core.Formats;

/// <summary>Vietnamese names: normalised form, the sort key (given name, then middle, then family name), the duplicate key.</summary>
public static class NameRules
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The longest person's name accepted, in characters.</summary>
    public const int MaxPersonNameLength = 80;

    /// <summary>
    /// "nguyễn   văn an" → "Nguyễn Văn An": NFC, single spaces, each word capitalised, and so is each part after an
    /// apostrophe or a hyphen, as in the names of the Central Highlands ("h'hen niê" → "H'Hen Niê").
    /// </summary>
    public static string Normalise(string text)
    {
        var words = text.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', words.Select(CapitaliseWord));
    }

    private static string CapitaliseWord(string word)
    {
        var chars = word.ToLower(Vietnamese).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || IsNameJoiner(chars[i - 1]))
            {
                chars[i] = char.ToUpper(chars[i], Vietnamese);
            }
        }

        return new string(chars);
    }

    private static bool IsNameJoiner(char c) => c is '\'' or '’' or '-';

    /// <summary>Keeps the user's capitals for names of collectives ("Phòng Quản lý KH&amp;CN"), but tidies spaces and capitalises the first letter.</summary>
    public static string NormaliseTitle(string text)
    {
        var tidy = string.Join(' ', text.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return tidy.Length == 0 ? tidy : char.ToUpper(tidy[0], Vietnamese) + tidy[1..];
    }

    /// <summary>Whether any letter carries a Vietnamese mark (or is đ): "Nguyen Van An" has none.</summary>
    public static bool HasDiacritics(string name) => name.Any(c => c > '\u007f');

    /// <summary>Whether it looks like a person's name: at least two words of letters (and hyphen/apostrophe), not too long.</summary>
    public static bool IsPersonName(string name) => ProblemOf(name) is null;

    /// <summary>What is wrong with a (normalised) person's name, so the hint can say so; null when it looks right.</summary>
    public static PersonNameProblem? ProblemOf(string name) =>
        name.Length > MaxPersonNameLength ? PersonNameProblem.TooLong
        : !name.All(c => char.IsLetter(c) || c == ' ' || IsNameJoiner(c)) || !name.Any(char.IsLetter) ? PersonNameProblem.NotLetters
        : name.Split(' ').Length < 2 ? PersonNameProblem.OneWord
        : null;

    /// <summary>
    /// Orders people the Vietnamese way: by given name (last word), then middle names, then family name. The reordered
    /// names are built on the stack: sorting 10,000 names for a workbook makes no garbage.
    /// </summary>
    public static IComparer<string> PersonOrder { get; } = Comparer<string>.Create(ComparePeople);

    public static string SortKey(string name)
    {
        var key = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return new string(key[..WriteSortKey(name, key)]);
    }

    private static int ComparePeople(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        var left = a.Length <= 256 ? stackalloc char[a.Length] : new char[a.Length];
        var right = b.Length <= 256 ? stackalloc char[b.Length] : new char[b.Length];
        return Vietnamese.CompareInfo.Compare(left[..WriteSortKey(a, left)], right[..WriteSortKey(b, right)], CompareOptions.IgnoreCase);
    }

    /// <summary>Writes "given middle… family" into <paramref name="key"/> (as long as the name at most) and returns its length.</summary>
    private static int WriteSortKey(ReadOnlySpan<char> name, Span<char> key)
    {
        Span<Range> words = stackalloc Range[32];
        var count = name.Split(words, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count < 2)
        {
            name.CopyTo(key);
            return name.Length;
        }

        // Given name first, then the middle names, then the family name; the words keep single spaces between them.
        var length = Append(key, 0, name[words[count - 1]]);
        for (var i = 1; i < count - 1; i++)
        {
            length = Append(key, length, name[words[i]]);
        }

        length = Append(key, length, name[words[0]]);
        return length;
    }

    private static int Append(Span<char> key, int length, ReadOnlySpan<char> word)
    {
        if (length > 0)
        {
            key[length++] = ' ';
        }

        word.CopyTo(key[length..]);
        return length + word.Length;
    }

    /// <summary>The same person written differently ("Nguyễn Văn An", "NGUYEN VAN AN") gives the same key.</summary>
    public static string DuplicateKey(string name, int? birthYear) => $"{ChoiceMatcher.Fold(name)}|{birthYear}";
}

/// <summary>Why a person's name was refused.</summary>
public enum PersonNameProblem
{
    TooLong,
    NotLetters,
    OneWord,
}
