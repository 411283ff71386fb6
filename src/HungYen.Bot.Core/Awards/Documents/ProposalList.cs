using DocumentFormat.OpenXml.Wordprocessing;
using T = HungYen.Bot.Core.Texts.Vi.Documents;

namespace HungYen.Bot.Core.Awards.Documents;

/// <summary>
/// The Danh sách of one hình thức: I. Tập thể, II. Cá nhân, the form's columns (STT | Họ và tên / Tên tập thể | Năm
/// sinh Nam · Nữ | Chức vụ, đơn vị công tác | Tóm tắt thành tích | Ghi chú), units in configured order, the total.
/// </summary>
public static class ProposalList
{
    /// <summary>Column widths in twips, summing to the text width of A4 with the decree's margins.</summary>
    public static readonly int[] Widths = [640, 2250, 640, 640, 2100, 2285, 800];

    /// <summary>The list on its own: the header without số or date line, the title, the "(Kèm theo …)" line, the table.</summary>
    public static byte[] Document(DocumentContext context, AwardLevel award, IEnumerable<Nomination> nominations)
    {
        using var docx = new OfficialDocx();
        docx.Header(context.Awards.ParentAgency, context.Awards.Agency, numberLine: null, dateLine: null);
        Append(docx, context, award, nominations);
        return docx.ToBytes();
    }

    /// <summary>The list as the phụ lục of a Tờ trình or Quyết định: on a new page under the header without số or date line.</summary>
    public static void Appendix(OfficialDocx docx, DocumentContext context, AwardLevel award, IEnumerable<Nomination> nominations)
    {
        docx.PageBreak();
        docx.Header(context.Awards.ParentAgency, context.Awards.Agency, numberLine: null, dateLine: null);
        Append(docx, context, award, nominations);
    }

    /// <summary>The nominations of one hình thức and how many of them are collectives and individuals.</summary>
    public static (List<Nomination> List, int Collectives, int Individuals) Of(AwardLevel award, IEnumerable<Nomination> nominations)
    {
        var list = nominations.Where(n => n.Award == award).ToList();
        var collectives = list.Count(n => n.Kind == NomineeKind.Collective);
        return (list, collectives, list.Count - collectives);
    }

    /// <summary>Writes the title block and the table into a document (also as the phụ lục of a Tờ trình or Quyết định).</summary>
    public static void Append(OfficialDocx docx, DocumentContext context, AwardLevel award, IEnumerable<Nomination> nominations)
    {
        var attached = award == AwardLevel.ProvincialCertificate
            ? T.Attached(T.SubmissionName, context.Cite(DocumentKind.Submission), context.Awards.AgencyName)
            : T.Attached(T.DecisionName, context.Cite(DocumentKind.Decision), T.DirectorOf(context.Awards.AgencyName));
        docx.Title(T.ListKind, T.ListHeading(award, context.Awards.AgencyName), attached);
        Table(docx, context, nominations);
    }

    /// <summary>The table and the total line alone.</summary>
    public static void Table(OfficialDocx docx, DocumentContext context, IEnumerable<Nomination> nominations)
    {
        var ordered = context.Ordered(nominations);
        var collectives = ordered.Where(n => n.Kind == NomineeKind.Collective).ToList();
        var individuals = ordered.Where(n => n.Kind == NomineeKind.Individual).ToList();
        var header = new List<IReadOnlyList<GridCell>>
        {
            new GridCell[] { new(T.ColumnNumber, Merge: true), new(T.ColumnName, Merge: true), new(T.ColumnBirthYear, Span: 2), new(T.ColumnPosition, Merge: true), new(T.ColumnSummary, Merge: true), new(T.ColumnNote, Merge: true) },
            new GridCell[] { new("", Merge: false), new("", Merge: false), new(T.ColumnMale), new(T.ColumnFemale), new("", Merge: false), new("", Merge: false), new("", Merge: false) },
        };
        var rows = new List<IReadOnlyList<GridCell>>();
        AddGroup(rows, context, "I", T.Collectives, T.CollectivesUnit, collectives);
        AddGroup(rows, context, "II", T.Individuals, T.IndividualsUnit, individuals);
        docx.Grid(Widths, header, rows, 12);
        docx.Add(T.Total(collectives.Count, individuals.Count), new Look(13, Bold: true, Align: JustificationValues.Left, BeforePt: 6));
    }

    private static void AddGroup(List<IReadOnlyList<GridCell>> rows, DocumentContext context, string numeral, string kind, string unit, IReadOnlyList<Nomination> group)
    {
        rows.Add([new GridCell(T.Group(numeral, kind, group.Count, unit), Span: Widths.Length, Bold: true)]);
        for (var i = 0; i < group.Count; i++)
        {
            var n = group[i];
            var year = n.BirthYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
            rows.Add(
            [
                new GridCell((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Align: JustificationValues.Center),
                new GridCell(n.Name, Bold: true),
                new GridCell(n.Gender == Texts.Vi.Nominations.Male ? year : "", Align: JustificationValues.Center),
                new GridCell(n.Gender == Texts.Vi.Nominations.Female ? year : "", Align: JustificationValues.Center),
                new GridCell(Position(n, context.UnitName(n.UnitCode))),
                new GridCell(n.Summary),
                new GridCell(Note(n)),
            ]);
        }
    }

    /// <summary>Ghi chú: a collective's share of women, marked when it gives priority (Nghị định 152/2025 Điều 4 khoản 6).</summary>
    public static string Note(Nomination n) => n.WomenPercent is { } percent && !n.IsIndividual ? T.WomenNote(percent) : "";

    /// <summary>"Trưởng phòng, Phòng Quản lý khoa học"; a collective: its parent unit, or its head.</summary>
    public static string Position(Nomination n, string unitName)
    {
        var parts = new[] { n.Position, n.Workplace }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList();
        if (parts.Count == 0 && !string.Equals(unitName, n.Name, StringComparison.OrdinalIgnoreCase))
        {
            parts.Add(unitName);
        }

        return string.Join(", ", parts);
    }
}
