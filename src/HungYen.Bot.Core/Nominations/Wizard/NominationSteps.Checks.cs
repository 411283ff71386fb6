using D = HungYen.Bot.Core.Texts.Vi.Dossier;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>
/// The checks of the wizard's answers: each reads the answer and returns the Vietnamese hint to ask again with, or hands
/// a good answer on (to the step's field, or into the draft).
/// </summary>
public sealed partial class NominationSteps
{
    private const string PlainNameKey = "nomination.plainName";

    private const int MaxShortText = 200;

    private static string? Keep(Action keep)
    {
        keep();
        return null;
    }

    private static string? Choose<TEnum>(Turn turn, UserInput input, Action<TEnum> keep) where TEnum : struct, Enum => Choose(input, keep);

    private static string? Choose<TEnum>(UserInput input, Action<TEnum> keep) where TEnum : struct, Enum =>
        input.Kind == InputKind.Choice && Enum.TryParse<TEnum>(input.Value, out var value) ? Keep(() => keep(value)) : Texts.Vi.ChooseFromList;

    private static string? TextOf(UserInput input) => input.Kind == InputKind.Text ? input.Value.Trim() : null;

    /// <summary>
    /// A person's name for an official list: a name without any diacritics is asked again and accepted only when the
    /// person sends the same name a second time.
    /// </summary>
    private static string? PersonName(Turn turn, UserInput input, Action<string> keep)
    {
        if (TextOf(input) is not { } text)
        {
            return Texts.Vi.ChooseFromList;
        }

        var name = NameRules.Normalise(text);
        if (NameRules.ProblemOf(name) is { } problem)
        {
            return T.NeedPersonName(problem, NameRules.MaxPersonNameLength);
        }

        // A refused answer leaves the draft untouched, so the name waiting for confirmation is kept beside it.
        if (!NameRules.HasDiacritics(name) && turn.Session.Get(PlainNameKey) != name)
        {
            turn.Session.Set(PlainNameKey, name);
            return Texts.Vi.Dossier.ConfirmPlainName(name);
        }

        turn.Session.Set(PlainNameKey, null);
        return Keep(() => keep(name));
    }

    private static string? Members(NominationDraft d) =>
        d.MemberCount is { } members && d.WomenCount is { } women && d.WomenPercent is { } percent ? D.Members(members, women, percent) : null;

    private static string? GenderOf(Turn turn, UserInput input, Action<string> keep) =>
        input.IsChoice(T.Male) || input.IsChoice(T.Female) ? Keep(() => keep(input.Value)) : Texts.Vi.ChooseFromList;

    private static string? MembersOf(Turn turn, UserInput input, Action<(int?, int?)> keep)
    {
        var parts = TextOf(input)?.Split([';', ','], StringSplitOptions.TrimEntries);
        if (parts is not [var first, var second]
            || !int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var members)
            || !int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var women)
            || members is < 1 or > 100_000 || women > members)
        {
            return D.NeedMembers;
        }

        return Keep(() => keep((members, women)));
    }

    private static string? ContentOf(NominationDraft draft, UserInput input)
    {
        if (input.IsChoice("generated"))
        {
            // The suggestion shown was the current content: the generated one, or the unit's own kept as it is.
            return null;
        }

        var text = TextOf(input) is { } typed ? NameRules.NormaliseTitle(typed) : null;
        return text is { Length: >= 20 and <= 500 } ? Keep(() => draft.AwardContent = text == NomineeDetails.GeneratedContent(draft.Movement) ? null : text) : D.NeedContent;
    }

    private static string? PriorAwardsOf(Turn turn, UserInput input, Action<string?> keep)
    {
        if (input.IsChoice("none"))
        {
            return Keep(() => keep(null));
        }

        var text = TextOf(input)?.Normalize(NormalizationForm.FormC);
        return text is { Length: > 0 and <= 1000 } ? Keep(() => keep(text)) : D.NeedPriorAwards;
    }

    /// <summary>
    /// The ratings of <paramref name="first"/> and the year after: a choice (the same rating both years), or typed as
    /// "2024: hoàn thành tốt nhiệm vụ; 2025: hoàn thành xuất sắc nhiệm vụ" (the official abbreviations work too).
    /// </summary>
    private static string? RatingsOf(int first, UserInput input, Action<string> keep)
    {
        if (input.Kind == InputKind.Choice && D.Rating(input.Value) is not null)
        {
            return Keep(() => keep($"{first}:{input.Value};{first + 1}:{input.Value}"));
        }

        var years = Regex.Matches(TextOf(input)?.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("vi-VN")) ?? "", @"(\d{4})(\D*)")
            .Select(m => (Year: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Code: RatingCode(m.Groups[2].Value)))
            .OrderBy(y => y.Year)
            .ToList();
        return years.Count == 2 && years[0].Year == first && years[1].Year == first + 1 && years.All(y => y.Code is not null)
            ? Keep(() => keep(string.Join(';', years.Select(y => $"{y.Year}:{y.Code}"))))
            : D.NeedRatings(first, first + 1);
    }

    /// <summary>The first rating whose words (or official abbreviation) the typed text holds; the order of <see cref="D.RatingWords"/> decides.</summary>
    private static string? RatingCode(string words) =>
        D.RatingWords.FirstOrDefault(r => r.Words.Any(w => words.Contains(w, StringComparison.Ordinal))).Code;

    private static string? PhoneOf(Turn turn, UserInput input, Action<string> keep) =>
        PhoneNumber.TryParse(input.Kind == InputKind.Contact ? input.Value : TextOf(input), out var phone) ? Keep(() => keep(phone.Value)) : D.NeedPhone;

    private bool DeclaresOnBehalf(Turn turn)
    {
        var unit = turn.User.Role<UnitStaffRole>()?.UnitCode;
        return Options.Units.Find(u => string.Equals(u.Code.Trim(), unit, StringComparison.OrdinalIgnoreCase))?.DeclaresOnBehalf ?? true;
    }

    /// <summary>
    /// A free-text field, checked for plausibility: not empty, not too long, at least <paramref name="minimumLetters"/>
    /// letters, and not one letter repeated ("x", "aaa"), so a slip of the thumb is asked again with
    /// <paramref name="unclear"/> (the field's "… chưa rõ" hint) instead of printed on a dossier.
    /// </summary>
    private static Func<Turn, UserInput, Action<string>, string?> ShortText(string unclear, int minimumLetters = 2) =>
        (_, input, keep) => ShortText(input, unclear, minimumLetters, keep);

    private static string? ShortText(UserInput input, string unclear, int minimumLetters, Action<string> keep)
    {
        if (TextOf(input) is not { } text)
        {
            return Texts.Vi.ChooseFromList;
        }

        var tidy = NameRules.NormaliseTitle(text);
        var letters = tidy.Where(char.IsLetter).Select(c => char.ToLowerInvariant(c)).ToList();
        return tidy.Length == 0 ? T.NeedText
            : tidy.Length > MaxShortText ? T.TextTooLong(MaxShortText)
            : letters.Count < minimumLetters || letters.Distinct().Count() < 2 ? unclear
            : Keep(() => keep(tidy));
    }

    private string? BirthYearOf(Turn turn, UserInput input, Action<int?> keep)
    {
        if (TextOf(input) is not { } text)
        {
            return Texts.Vi.ChooseFromList;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= OldestBirthYear && year <= YoungestBirthYear
            ? Keep(() => keep(year))
            : T.NeedYear(OldestBirthYear, YoungestBirthYear);
    }

    private string? SummaryOf(Turn turn, UserInput input, Action<string> keep)
    {
        if (TextOf(input) is not { } text)
        {
            return Texts.Vi.ChooseFromList;
        }

        return text.Length < Options.SummaryMinLength ? T.SummaryTooShort(Options.SummaryMinLength)
            : text.Length > Options.SummaryMaxLength ? T.SummaryTooLong(Options.SummaryMaxLength)
            : Keep(() => keep(text));
    }

    private string? MovementOf(Turn turn, UserInput input, Action<string> keep) =>
        input.Kind == InputKind.Choice && input.Value.StartsWith("m:", StringComparison.Ordinal)
        && int.TryParse(input.Value[2..], CultureInfo.InvariantCulture, out var index) && index >= 0 && index < Options.Movements.Count
            ? Keep(() => keep(Options.Movements[index]))
            : Texts.Vi.ChooseFromList;

    private Prompt AskMovement()
    {
        // Movement names are long: the full names are listed in the text, buttons carry a short label.
        var text = new StringBuilder(T.AskMovement);
        var choices = new List<Choice>();
        for (var i = 0; i < Options.Movements.Count; i++)
        {
            var name = Options.Movements[i];
            text.Append('\n').Append(i + 1).Append(". ").Append(name);
            choices.Add(new Choice(name.Length <= 48 ? name : name[..47].TrimEnd() + "…", $"m:{i}"));
        }

        return new Prompt(text.ToString(), choices);
    }
}
