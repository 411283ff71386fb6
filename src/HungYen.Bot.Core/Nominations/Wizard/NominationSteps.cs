using System.Linq.Expressions;
using D = HungYen.Bot.Core.Texts.Vi.Dossier;
using S = HungYen.Bot.Core.Conversations.Stage<HungYen.Bot.Core.Nominations.Wizard.NominationWizardFlow.State, HungYen.Bot.Core.Nominations.Wizard.NominationWizardFlow.Trigger, HungYen.Bot.Core.Nominations.Wizard.NominationDraft>;
using State = HungYen.Bot.Core.Nominations.Wizard.NominationWizardFlow.State;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>
/// The wizard's questions, one entry each: the draft field it fills, named once (<c>d =&gt; d.Position</c>; the state is
/// named after it), the question, the check of the answer (handing a good one to the field), the label on the review
/// screen and when it is asked. From the field come the value on the review, whether it is answered, the current value
/// offered when asked again and its clearing from what is saved when the question does not apply. Adding a question is
/// one entry here, its text in <see cref="T"/> (or <see cref="D"/>) and its property on <see cref="NomineeDetails"/>.
/// An entry keeps the state name sessions stored when it is not the field's (<c>State = new("FullName")</c>); a check
/// that fills more than its field (the kind, the file, the declaration) fills the draft itself.
/// </summary>
public sealed partial class NominationSteps
{
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
            Ask(d => d.Award, (_, _) => new Prompt(
                    T.AskAward(Options.DirectorCertificateCriteria, Options.ProvincialCertificateCriteria),
                    new Choice(T.Award(AwardLevel.DirectorCertificate), nameof(AwardLevel.DirectorCertificate)),
                    new Choice(T.Award(AwardLevel.ProvincialCertificate), nameof(AwardLevel.ProvincialCertificate))),
                Choose) with { Label = T.FieldAward, Shows = d => T.Award(d.Award) },
            new(new("Kind"), (_, _) => new Prompt(T.AskKind, new Choice(T.Collective, nameof(NomineeKind.Collective)), new Choice(T.Individual, nameof(NomineeKind.Individual))),
                S.Check((d, input) => Choose<NomineeKind>(null!, input, d.SwitchKind))) { Label = T.FieldKind, Shows = d => D.KindName(d.Kind), WalksOn = true },
            Typed(d => d.Name, T.AskFullName, PersonName) with { State = new("FullName"), Label = T.FieldFullName, When = Individual },
            Ask(d => d.Gender, (_, _) => new Prompt(T.AskGender, new Choice(T.Male, T.Male), new Choice(T.Female, T.Female)), GenderOf) with { Label = T.FieldGender, When = Individual },
            Typed(d => d.BirthYear, turn => T.AskBirthYear(OldestBirthYear, turn.Now.Year - 18), BirthYearOf) with { Label = T.FieldBirthYear, When = Individual },
            Typed(d => d.Position, T.AskPosition, ShortText(T.PositionUnclear)) with { Label = T.FieldPosition, When = Individual },
            Typed(d => d.Workplace, T.AskWorkplace, ShortText(T.WorkplaceUnclear)) with { Label = T.FieldWorkplace, When = Individual },
            Typed(d => d.Name, T.AskCollectiveName, ShortText(T.CollectiveNameUnclear, minimumLetters: 4)) with { State = new("CollectiveName"), Label = T.FieldCollectiveName, When = Collective },
            Typed(d => d.Head, T.AskHead, PersonName) with { Label = T.FieldHead, When = Collective },
            Typed(d => d.HeadPosition, D.AskHeadPosition, ShortText(T.PositionUnclear)) with { Label = D.FieldHeadPosition, When = Collective },
            Typed(d => ValueTuple.Create(d.MemberCount, d.WomenCount), D.AskMembers, MembersOf) with { State = new("Members"), Label = D.FieldMembers, Shows = Members, When = Collective },
            Ask(d => d.Movement, (_, _) => AskMovement(), MovementOf) with { Label = T.FieldMovement },
            Ask(d => d.Summary, (_, _) => new Prompt(T.AskSummary(Options.SummaryMinLength, Options.SummaryMaxLength)), SummaryOf) with { Label = T.FieldSummary, TakesText = true },
            new(new("Attachment"), (_, d) => attachment.Ask(d), attachment.AcceptAsync) { Label = T.FieldAttachment, Shows = d => d.FileName ?? T.NoFile, TakesFile = true },
            new(new("Content"), (_, d) => new Prompt(D.AskContent(d.Content), new Choice(D.UseContent, "generated")), S.Check(ContentOf)) { Label = D.FieldContent, Shows = d => d.Content, TakesText = true },
            Ask(d => d.Ratings, (turn, d) => new Prompt(D.AskRatings(turn.Now.Year - 2, turn.Now.Year - 1, d.Award == AwardLevel.ProvincialCertificate, d.IsIndividual),
                    new Choice(D.BothYears(D.Excellent), D.Excellent), new Choice(D.BothYears(D.Good), D.Good)),
                (turn, input, keep) => RatingsOf(turn.Now.Year - 2, input, keep)) with { Label = D.FieldRatings, Shows = d => D.Ratings(d.Ratings), TakesText = true },
            Typed(d => d.PriorAwards, D.AskPriorAwards, PriorAwardsOf, new Choice(D.NoPriorAwards, "none")) with
            {
                Label = D.FieldPriorAwards, Shows = d => string.IsNullOrEmpty(d.PriorAwards) ? D.NoPriorAwards : d.PriorAwards,
            },
            Typed(d => d.ContactPhone, D.AskContactPhone, PhoneOf) with { Label = D.FieldContactPhone, TakesContact = true },
            new(new("Declaration"), (turn, d) => new Prompt(D.AskDeclaration(DeclaresOnBehalf(turn), d.IsIndividual), new Choice(T.Declare, "declare")),
                (turn, d, input, _) => ValueTask.FromResult(input.IsChoice("declare") ? Keep(() => (d.NoDisciplineConfirmed, d.DeclaredOnBehalf) = (true, DeclaresOnBehalf(turn))) : T.NeedDeclaration)),
        ];
    }

    /// <summary>The steps in the order they are asked.</summary>
    public IReadOnlyList<S> All { get; }

    /// <summary>The answers as the review screen shows them: each labelled question that applies, in the order asked.</summary>
    public IEnumerable<(string Field, string? Value)> Shown(NomineeDetails details)
    {
        var draft = NominationDraft.Of(details);
        return All.Where(s => s.IsShown && s.Applies(draft)).Select(s => (s.Label!, s.Shown(draft)));
    }

    /// <summary>
    /// The nomination the draft makes: its answers to the questions that apply; the others (the other kind's, kept in the
    /// draft for a switch back) are left out by walking the table.
    /// </summary>
    public Nomination ToNomination(NominationDraft draft, string unitCode)
    {
        var asked = NominationDraft.Of(draft);
        All.ClearUnasked(asked);
        var nomination = new Nomination { Id = draft.Id, UnitCode = unitCode };
        asked.CopyDetailsTo(nomination);
        return nomination;
    }

    /// <summary>A draft to edit <paramref name="nomination"/>, holding its answers to the questions that apply.</summary>
    public NominationDraft DraftOf(Nomination nomination)
    {
        var draft = NominationDraft.Of(nomination);
        All.ClearUnasked(draft);
        return draft;
    }

    public NominationsOptions Options => _options.CurrentValue;

    public int OldestBirthYear => 1940;

    public int YoungestBirthYear => _clock.GetUtcNow().Year - 18;

    /// <summary>A question filling the field <paramref name="fills"/> names; its state is named after the field.</summary>
    private static S Ask<TValue>(Expression<Func<NominationDraft, TValue>> fills, Func<Turn, NominationDraft, Prompt> ask, Func<Turn, UserInput, Action<TValue>, string?> check)
    {
        var field = DraftField<NominationDraft>.Of(fills);
        return S.Filling(new State(field.Name), field, ask, check);
    }

    /// <summary>A question answered by typing (beside any <paramref name="choices"/>): asked again, it says the answer its field holds.</summary>
    private static S Typed<TValue>(Expression<Func<NominationDraft, TValue>> fills, Func<Turn, string> question, Func<Turn, UserInput, Action<TValue>, string?> check, params Choice[] choices)
    {
        var field = DraftField<NominationDraft>.Of(fills);
        return S.Filling(new State(field.Name), field, (turn, d) => new Prompt(Current(question(turn), field.Shown(d)), choices), check) with { TakesText = true };
    }

    private static S Typed<TValue>(Expression<Func<NominationDraft, TValue>> fills, string question, Func<Turn, UserInput, Action<TValue>, string?> check, params Choice[] choices) =>
        Typed(fills, _ => question, check, choices);

    private static string Current(string question, string? current) => current is null ? question : Texts.Vi.WithCurrent(question, current);
}
