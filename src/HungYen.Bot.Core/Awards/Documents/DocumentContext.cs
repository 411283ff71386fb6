using T = HungYen.Bot.Core.Texts.Vi.Documents;

namespace HungYen.Bot.Core.Awards.Documents;

/// <summary>
/// What every document reads: the issuer's configuration, the units in their configured order, the stored số/ngày/
/// người ký of each document, the Council's meeting, and today's local date (for a year in a blank date line).
/// </summary>
public sealed record DocumentContext(
    AwardsOptions Awards,
    IReadOnlyList<string> UnitOrder,
    Func<string, string> UnitName,
    IReadOnlyDictionary<DocumentKind, DocumentFacts> Facts,
    CouncilMeeting? Meeting,
    DateTime Today,
    string? OfficePhone = null)
{
    public DocumentFacts FactsOf(DocumentKind kind) => Facts.GetValueOrDefault(kind) ?? new DocumentFacts { Id = DocumentFacts.IdOf(kind) };

    public string NumberLine(DocumentKind kind) => T.NumberLine(FactsOf(kind).Number, DocumentFacts.Abbreviation(kind), Awards.Abbreviation);

    public string DateLine(DocumentKind kind) => T.DateLine(Awards.Place, FactsOf(kind).Date, Today.Year);

    /// <summary>"số 12/TTr-SKHCN ngày 05/03/2026".</summary>
    public string Cite(DocumentKind kind) => T.Cite(FactsOf(kind).Number, DocumentFacts.Abbreviation(kind), Awards.Abbreviation, FactsOf(kind).Date);

    /// <summary>A numbered document of the Sở opened: the header with its số and date line, then its title.</summary>
    public OfficialDocx Open(DocumentKind kind, string title, string? summary)
    {
        var docx = new OfficialDocx();
        docx.Header(Awards.ParentAgency, Awards.Agency, NumberLine(kind), DateLine(kind));
        docx.Title(title, summary);
        return docx;
    }

    /// <summary>The document's Nơi nhận (its recipients, then the Lưu line) and its signer's block.</summary>
    public void Sign(OfficialDocx docx, DocumentKind kind, IReadOnlyList<string> recipients)
    {
        var (authority, name) = Signer(kind);
        docx.Signature([.. recipients, T.Keep], authority, name);
    }

    /// <summary>The signer of a document: its stored signer over the configured Giám đốc.</summary>
    public (IReadOnlyList<string> Authority, string Name) Signer(DocumentKind kind)
    {
        var facts = FactsOf(kind);
        var authority = !string.IsNullOrWhiteSpace(facts.SignerAuthority)
            ? facts.SignerAuthority.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : Awards.Director.Title is { Length: > 0 } title ? [Awards.Director.Authority, title] : [Awards.Director.Authority];
        return (authority, string.IsNullOrWhiteSpace(facts.SignerName) ? Awards.Director.Name : facts.SignerName.Trim());
    }

    /// <summary>The plan as cited: "Kế hoạch số 29/KH-SKHCN ngày 01/03/2025 của Sở Khoa học và Công nghệ".</summary>
    public string Plan => T.Plan(Awards.PlanNumber, Awards.PlanDate is { } date ? T.Short(date) : null, Awards.AgencyName);

    /// <summary>"Biên bản họp Hội đồng Thi đua - Khen thưởng Sở ngày 03/03/2026".</summary>
    public string MinutesCitation => T.MinutesCitation((Meeting?.Start ?? FactsOf(DocumentKind.Minutes).Date) is { } d ? T.Short(d) : T.Blank);

    /// <summary>Nominations in the order of an official list: collectives, then individuals; units in configured order; names the Vietnamese way.</summary>
    public IReadOnlyList<Nomination> Ordered(IEnumerable<Nomination> nominations)
    {
        int Rank(string unit)
        {
            var i = UnitOrder.ToList().IndexOf(unit);
            return i < 0 ? int.MaxValue : i;
        }

        return [.. nominations
            .OrderBy(n => n.Kind)
            .ThenBy(n => Rank(n.UnitCode))
            .ThenBy(n => n.Kind == NomineeKind.Individual ? n.Name : NameRules.SortKey(n.Name), NameRules.PersonOrder)];
    }
}
