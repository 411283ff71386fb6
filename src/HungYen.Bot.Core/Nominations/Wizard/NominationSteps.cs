using D = HungYen.Bot.Core.Texts.Vi.Dossier;
using S = HungYen.Bot.Core.Conversations.Stage<HungYen.Bot.Core.Nominations.Wizard.NominationWizardFlow.State, HungYen.Bot.Core.Nominations.Wizard.NominationWizardFlow.Trigger, HungYen.Bot.Core.Nominations.Wizard.NominationDraft>;
using State = HungYen.Bot.Core.Nominations.Wizard.NominationWizardFlow.State;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>
/// The wizard's questions, one entry each: the question, the check of the answer (which fills the draft), the label
/// on the review screen and when it is asked. Adding a question is one entry here, its text and its property on
/// <see cref="NomineeDetails"/>.
/// </summary>
public sealed class NominationSteps
{
    private const string PlainNameKey = "nomination.plainName";

    private const int MaxShortText = 200;

    private static readonly StageCondition<NominationDraft> Individual = new("cá nhân", d => d.IsIndividual);
    private static readonly StageCondition<NominationDraft> Collective = Individual.Otherwise("tập thể");

    private readonly IOptionsMonitor<NominationsOptions> _options;
    private readonly TimeProvider _clock;

    /// <param name="awards">The issuing authority, for the blank báo cáo thành tích (its defaults when the awards feature is not wired).</param>
    public NominationSteps(IOptionsMonitor<NominationsOptions> options, TimeProvider clock, IOptionsMonitor<Awards.AwardsOptions> awards)
    {
        _options = options;
        _clock = clock;
        var attachment = new AttachmentStage(options, awards);
        All =
        [
            new(State.Award, (_, _) => new Prompt(
                    T.AskAward(Options.DirectorCertificateCriteria, Options.ProvincialCertificateCriteria),
                    new Choice(T.Award(AwardLevel.DirectorCertificate), nameof(AwardLevel.DirectorCertificate)),
                    new Choice(T.Award(AwardLevel.ProvincialCertificate), nameof(AwardLevel.ProvincialCertificate))),
                S.Check((d, input) => Choose<AwardLevel>(input, v => d.Award = v))) { Label = T.FieldAward, Shows = d => T.Award(d.Award) },
            new(State.Kind, (_, _) => new Prompt(T.AskKind, new Choice(T.Collective, nameof(NomineeKind.Collective)), new Choice(T.Individual, nameof(NomineeKind.Individual))),
                S.Check((d, input) => Choose<NomineeKind>(input, d.SwitchKind))) { Label = T.FieldKind, Shows = d => D.KindName(d.Kind), WalksOn = true },
            new(State.FullName, (_, d) => Text(T.AskFullName, NullIfEmpty(d.Name)), (turn, d, input, _) => ValueTask.FromResult(PersonName(turn, input, v => d.Name = v))) { Label = T.FieldFullName, Shows = d => d.Name, TakesText = true, When = Individual, Answered = d => d.Name.Length > 0 },
            new(State.Gender, (_, _) => new Prompt(T.AskGender, new Choice(T.Male, T.Male), new Choice(T.Female, T.Female)),
                S.Check((d, input) => input.IsChoice(T.Male) || input.IsChoice(T.Female) ? Keep(() => d.Gender = input.Value) : Texts.Vi.ChooseFromList)) { Label = T.FieldGender, Shows = d => d.Gender, When = Individual, Answered = d => d.Gender is not null },
            new(State.BirthYear, (turn, d) => Text(T.AskBirthYear(OldestBirthYear, turn.Now.Year - 18), d.BirthYear?.ToString(CultureInfo.InvariantCulture)),
                S.Check((d, input) => BirthYearOf(input, v => d.BirthYear = v))) { Label = T.FieldBirthYear, Shows = d => d.BirthYear?.ToString(CultureInfo.InvariantCulture), TakesText = true, When = Individual, Answered = d => d.BirthYear is not null },
            new(State.Position, (_, d) => Text(T.AskPosition, d.Position), S.Check((d, input) => ShortText(input, FreeText.Position, v => d.Position = v))) { Label = T.FieldPosition, Shows = d => d.Position, TakesText = true, When = Individual, Answered = d => d.Position is not null },
            new(State.Workplace, (_, d) => Text(T.AskWorkplace, d.Workplace), S.Check((d, input) => ShortText(input, FreeText.Unit, v => d.Workplace = v))) { Label = T.FieldWorkplace, Shows = d => d.Workplace, TakesText = true, When = Individual, Answered = d => d.Workplace is not null },
            new(State.CollectiveName, (_, d) => Text(T.AskCollectiveName, NullIfEmpty(d.Name)), S.Check((d, input) => ShortText(input, FreeText.Collective, v => d.Name = v))) { Label = T.FieldCollectiveName, Shows = d => d.Name, TakesText = true, When = Collective, Answered = d => d.Name.Length > 0 },
            new(State.Head, (_, d) => Text(T.AskHead, d.Head), (turn, d, input, _) => ValueTask.FromResult(PersonName(turn, input, v => d.Head = v))) { Label = T.FieldHead, Shows = d => d.Head, TakesText = true, When = Collective, Answered = d => d.Head is not null },
            new(State.HeadPosition, (_, d) => Text(D.AskHeadPosition, d.HeadPosition), S.Check((d, input) => ShortText(input, FreeText.Position, v => d.HeadPosition = v))) { Label = D.FieldHeadPosition, Shows = d => d.HeadPosition, TakesText = true, When = Collective, Answered = d => d.HeadPosition is not null },
            new(State.Members, (_, d) => Text(D.AskMembers, d.MemberCount is { } m ? $"{m}; {d.WomenCount}" : null), S.Check(MembersOf)) { Label = D.FieldMembers, Shows = Members, TakesText = true, When = Collective, Answered = d => d.MemberCount is not null },
            new(State.Movement, (_, _) => AskMovement(), S.Check((d, input) => MovementOf(input, v => d.Movement = v))) { Label = T.FieldMovement, Shows = d => d.Movement },
            new(State.Summary, (_, _) => new Prompt(T.AskSummary(Options.SummaryMinLength, Options.SummaryMaxLength)), S.Check((d, input) => SummaryOf(input, v => d.Summary = v))) { Label = T.FieldSummary, Shows = d => d.Summary, TakesText = true },
            new(State.Attachment, (_, d) => attachment.Ask(d), attachment.AcceptAsync) { Label = T.FieldAttachment, Shows = d => d.FileName ?? T.NoFile, TakesFile = true },
            new(State.Content, (_, d) => new Prompt(D.AskContent(d.Content), new Choice(D.UseContent, "generated")), S.Check(ContentOf)) { Label = D.FieldContent, Shows = d => d.Content, TakesText = true },
            new(State.Ratings, (turn, d) => new Prompt(D.AskRatings(turn.Now.Year - 2, turn.Now.Year - 1, d.Award == AwardLevel.ProvincialCertificate, d.IsIndividual),
                    new Choice(D.BothYears(D.Excellent), D.Excellent), new Choice(D.BothYears(D.Good), D.Good)),
                (turn, d, input, _) => ValueTask.FromResult(RatingsOf(turn.Now.Year - 2, d, input))) { Label = D.FieldRatings, Shows = d => D.Ratings(d.Ratings), TakesText = true },
            new(State.PriorAwards, (_, d) => new Prompt(Current(D.AskPriorAwards, NullIfEmpty(d.PriorAwards ?? "")), new Choice(D.NoPriorAwards, "none")),
                S.Check(PriorAwardsOf)) { Label = D.FieldPriorAwards, Shows = d => string.IsNullOrEmpty(d.PriorAwards) ? D.NoPriorAwards : d.PriorAwards, TakesText = true },
            new(State.ContactPhone, (_, d) => Text(D.AskContactPhone, d.ContactPhone), S.Check(PhoneOf)) { Label = D.FieldContactPhone, Shows = d => d.ContactPhone, TakesText = true, TakesContact = true },
            new(State.Declaration, (turn, d) => new Prompt(D.AskDeclaration(DeclaresOnBehalf(turn), d.IsIndividual), new Choice(T.Declare, "declare")),
                (turn, d, input, _) => ValueTask.FromResult(input.IsChoice("declare") ? Keep(() => (d.NoDisciplineConfirmed, d.DeclaredOnBehalf) = (true, DeclaresOnBehalf(turn))) : T.NeedDeclaration)),
        ];
    }

    /// <summary>The steps in the order they are asked.</summary>
    public IReadOnlyList<S> All { get; }

    /// <summary>The answers as the review screen shows them: each labelled question that applies, in the order asked.</summary>
    public IEnumerable<(string Field, string? Value)> Shown(NomineeDetails details)
    {
        var draft = new NominationDraft();
        details.CopyDetailsTo(draft);
        return All.Where(s => s.Label is not null && s.Shows is not null && (s.When?.Holds(draft) ?? true)).Select(s => (s.Label!, s.Shows!(draft)));
    }

    public NominationsOptions Options => _options.CurrentValue;

    public int OldestBirthYear => 1940;

    public int YoungestBirthYear => _clock.GetUtcNow().Year - 18;

    private static Prompt Text(string question, string? current) => new(Current(question, current));

    private static string Current(string question, string? current) => current is null ? question : Texts.Vi.WithCurrent(question, current);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string? Keep(Action keep)
    {
        keep();
        return null;
    }

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

    private static string? MembersOf(NominationDraft draft, UserInput input)
    {
        var parts = TextOf(input)?.Split([';', ','], StringSplitOptions.TrimEntries);
        if (parts is not [var first, var second]
            || !int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var members)
            || !int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var women)
            || members is < 1 or > 100_000 || women > members)
        {
            return D.NeedMembers;
        }

        return Keep(() => (draft.MemberCount, draft.WomenCount) = (members, women));
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

    private static string? PriorAwardsOf(NominationDraft draft, UserInput input)
    {
        if (input.IsChoice("none"))
        {
            return Keep(() => draft.PriorAwards = null);
        }

        var text = TextOf(input)?.Normalize(NormalizationForm.FormC);
        return text is { Length: > 0 and <= 1000 } ? Keep(() => draft.PriorAwards = text) : D.NeedPriorAwards;
    }

    /// <summary>
    /// The ratings of <paramref name="first"/> and the year after: a choice (the same rating both years), or typed as
    /// "2024: hoàn thành tốt nhiệm vụ; 2025: hoàn thành xuất sắc nhiệm vụ" (the official abbreviations work too).
    /// </summary>
    private static string? RatingsOf(int first, NominationDraft draft, UserInput input)
    {
        if (input.Kind == InputKind.Choice && D.Rating(input.Value) is not null)
        {
            return Keep(() => draft.Ratings = $"{first}:{input.Value};{first + 1}:{input.Value}");
        }

        var years = Regex.Matches(TextOf(input)?.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("vi-VN")) ?? "", @"(\d{4})(\D*)")
            .Select(m => (Year: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Code: RatingCode(m.Groups[2].Value)))
            .OrderBy(y => y.Year)
            .ToList();
        return years.Count == 2 && years[0].Year == first && years[1].Year == first + 1 && years.All(y => y.Code is not null)
            ? Keep(() => draft.Ratings = string.Join(';', years.Select(y => $"{y.Year}:{y.Code}")))
            : D.NeedRatings(first, first + 1);
    }

    /// <summary>The first rating whose words (or official abbreviation) the typed text holds; the order of <see cref="D.RatingWords"/> decides.</summary>
    private static string? RatingCode(string words) =>
        D.RatingWords.FirstOrDefault(r => r.Words.Any(w => words.Contains(w, StringComparison.Ordinal))).Code;

    private static string? PhoneOf(NominationDraft draft, UserInput input) =>
        PhoneNumber.TryParse(input.Kind == InputKind.Contact ? input.Value : TextOf(input), out var phone) ? Keep(() => draft.ContactPhone = phone.Value) : D.NeedPhone;

    private bool DeclaresOnBehalf(Turn turn)
    {
        var unit = turn.User.Role<UnitStaffRole>()?.UnitCode;
        return Options.Units.Find(u => string.Equals(u.Code.Trim(), unit, StringComparison.OrdinalIgnoreCase))?.DeclaresOnBehalf ?? true;
    }

    /// <summary>
    /// A free-text field, checked for plausibility: not empty, not too long, enough letters for what it names, and
    /// not one letter repeated ("x", "aaa"), so a slip of the thumb is asked again instead of printed on a dossier.
    /// </summary>
    private static string? ShortText(UserInput input, FreeText field, Action<string> keep)
    {
        if (TextOf(input) is not { } text)
        {
            return Texts.Vi.ChooseFromList;
        }

        var tidy = NameRules.NormaliseTitle(text);
        var letters = tidy.Where(char.IsLetter).Select(c => char.ToLowerInvariant(c)).ToList();
        return tidy.Length == 0 ? T.NeedText
            : tidy.Length > MaxShortText ? T.TextTooLong(MaxShortText)
            : letters.Count < MinimumLetters(field) || letters.Distinct().Count() < 2 ? T.Implausible(field)
            : Keep(() => keep(tidy));
    }

    private static int MinimumLetters(FreeText field) => field == FreeText.Collective ? 4 : 2;

    private string? BirthYearOf(UserInput input, Action<int> keep)
    {
        if (TextOf(input) is not { } text)
        {
            return Texts.Vi.ChooseFromList;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= OldestBirthYear && year <= YoungestBirthYear
            ? Keep(() => keep(year))
            : T.NeedYear(OldestBirthYear, YoungestBirthYear);
    }

    private string? SummaryOf(UserInput input, Action<string> keep)
    {
        if (TextOf(input) is not { } text)
        {
            return Texts.Vi.ChooseFromList;
        }

        return text.Length < Options.SummaryMinLength ? T.SummaryTooShort(Options.SummaryMinLength)
            : text.Length > Options.SummaryMaxLength ? T.SummaryTooLong(Options.SummaryMaxLength)
            : Keep(() => keep(text));
    }

    private string? MovementOf(UserInput input, Action<string> keep) =>
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
