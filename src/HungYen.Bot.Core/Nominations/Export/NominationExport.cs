using CsvHelper;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;
using W = HungYen.Bot.Core.Texts.Vi.Workbooks;

namespace HungYen.Bot.Core.Nominations.Export;

/// <summary>
/// The compiled proposal list the office prints and takes to the Council: a titled sheet grouped by hình thức and kind
/// (Bằng khen first, collectives first) with subtotals and the total, the dossiers that do not count (không đủ điều kiện,
/// Hội đồng không đề nghị, không được khen thưởng, đã rút) on a sheet of their own; people sorted by given name the
/// Vietnamese way, text never taken for a formula; and the same rows as CSV (UTF-8 with BOM, so Excel shows the
/// diacritics; text that Excel would run as a formula gets a leading apostrophe).
/// </summary>
public sealed class NominationExport(LocalTime local)
{
    /// <summary>The reader's columns (printed) first, then the details for filtering, the internal ones last.</summary>
    public static readonly SheetColumn[] Columns =
    [
        new(W.ColumnNumber, 5),
        new(W.ColumnName, 22),
        new(W.ColumnBirthYear, 6.5),
        new(W.ColumnGender, 6.5),
        new(W.ColumnPositionAndWorkplace, 24),
        new(W.ColumnUnit, 16),
        new(W.ColumnContent, 24),
        new(W.ColumnSummary, 32),
        new(W.ColumnPriorAwards, 20),
        new(W.ColumnPhone, 12),
        new(W.ColumnSubmitted, 11),
        new(W.ColumnStatus, 12),
        new(W.ColumnNote, 14),
        new(W.ColumnAward, 20, Printed: false),
        new(W.ColumnKind, 9, Printed: false),
        new(W.ColumnPosition, 14, Printed: false),
        new(W.ColumnWorkplace, 20, Printed: false),
        new(W.ColumnHead, 18, Printed: false),
        new(W.ColumnHeadPosition, 16, Printed: false),
        new(W.ColumnMembers, 8, Printed: false),
        new(W.ColumnWomen, 8, Printed: false),
        new(W.ColumnWomenPercent, 8, Printed: false),
        new(W.ColumnMovement, 30, Printed: false),
        new(W.ColumnRatings, 30, Printed: false),
        new(W.ColumnDeclaration, 22, Printed: false),
        new(W.ColumnUpdated, 16, Printed: false),
        new(W.ColumnReference, 12, Printed: false),
        new(W.ColumnFile, 20, Printed: false),
        new(W.ColumnVersion, 8, Printed: false),
        new(W.ColumnSubmitter, 20, Printed: false),
    ];

    public static IEnumerable<string> Headers => Columns.Select(c => c.Header);

    /// <summary>The dossiers of the list, in its order: award (Bằng khen first), kind (collectives first), then name.</summary>
    public static IReadOnlyList<Nomination> Ordered(IEnumerable<Nomination> nominations) => Sorted(nominations.Where(n => n.Counts));

    /// <summary>The dossiers left out of the list, on their own sheet.</summary>
    public static IReadOnlyList<Nomination> Excluded(IEnumerable<Nomination> nominations) => Sorted(nominations.Where(n => !n.Counts));

    public byte[] Workbook(IEnumerable<Nomination> nominations, Func<string, string> unitName, DateTimeOffset now)
    {
        var all = nominations.ToList();
        var listed = Ordered(all);
        var book = new PrintableWorkbook();
        var main = book.Add(W.ListSheet, W.ListTitle, W.Compiled(VietnameseDate.DateTime(local.ToLocal(now)), listed.Count), Columns);
        foreach (var award in listed.GroupBy(n => n.Award))
        {
            foreach (var kind in award.GroupBy(n => n.Kind))
            {
                main.Group(W.Group(award.Key, kind.Key));
                var number = 0;
                foreach (var n in kind)
                {
                    main.Add(Cells(n, ++number, unitName));
                }

                main.Subtotal(W.KindSubtotal(award.Key, kind.Key, kind.Count()));
            }

            main.Subtotal(W.AwardSubtotal(award.Key, award.Count(n => !n.IsIndividual), award.Count(n => n.IsIndividual)));
        }

        main.Total(W.Total(listed.Count(n => !n.IsIndividual), listed.Count(n => n.IsIndividual)));

        var excluded = Excluded(all);
        var other = book.Add(W.ExcludedSheet, W.ExcludedTitle, W.Compiled(VietnameseDate.DateTime(local.ToLocal(now)), excluded.Count), Columns);
        for (var i = 0; i < excluded.Count; i++)
        {
            other.Add(Cells(excluded[i], i + 1, unitName));
        }

        other.Total(excluded.Count == 0 ? W.NoneExcluded : W.ExcludedTotal(excluded.Count));
        return book.ToBytes();
    }

    /// <summary>Every dossier (the list's, then the others), one line each, the columns as in the workbook.</summary>
    public byte[] Csv(IEnumerable<Nomination> nominations, Func<string, string> unitName)
    {
        var all = nominations.ToList();
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader([.. Headers]);
            var number = 0;
            foreach (var n in Ordered(all).Concat(Excluded(all)))
            {
                csv.WriteRecord([.. Cells(n, ++number, unitName).Select(Text)]);
            }
        }

        return stream.ToArray();
    }

    private static IReadOnlyList<Nomination> Sorted(IEnumerable<Nomination> nominations) =>
        [.. nominations.OrderByDescending(n => n.Award).ThenBy(n => n.Kind)
            .ThenBy(n => n.Kind == NomineeKind.Individual ? n.Name : NameRules.SortKey(n.Name), NameRules.PersonOrder)];

    private object?[] Cells(Nomination n, int number, Func<string, string> unitName) =>
    [
        number,
        n.Name,
        n.BirthYear,
        n.Gender,
        n.IsIndividual
            ? string.Join(", ", new[] { n.Position, n.Workplace }.Where(p => !string.IsNullOrWhiteSpace(p)))
            : W.CollectivePosition(n.Head, n.HeadPosition, n.MemberCount, n.WomenCount, n.WomenPercent),
        unitName(n.UnitCode),
        n.Content,
        n.Summary,
        n.PriorAwards,
        n.ContactPhone,
        n.SubmittedAt == default ? null : DateOnly.FromDateTime(local.ToLocal(n.SubmittedAt)),
        T.Status(n.Status),
        Texts.Vi.Dossier.ChangeNote(n.LastReason, n.LastNote),
        T.Award(n.Award),
        Texts.Vi.Dossier.KindName(n.Kind),
        n.Position,
        n.Workplace,
        n.Head,
        n.HeadPosition,
        n.MemberCount,
        n.WomenCount,
        n.WomenPercent,
        n.Movement,
        Texts.Vi.Dossier.Ratings(n.Ratings),
        n.NoDisciplineConfirmed ? Texts.Vi.Dossier.Declared(n.DeclaredOnBehalf) : W.NotDeclared,
        n.UpdatedAt == default ? null : local.ToLocal(n.UpdatedAt),
        n.Id,
        n.FileName,
        n.Version,
        n.SubmittedBy,
    ];

    private static string Text(object? cell) => cell switch
    {
        null => "",
        DateOnly date => VietnameseDate.Date(date.ToDateTime(TimeOnly.MinValue)),
        DateTime at => $"{VietnameseDate.Date(at)} {VietnameseDate.Time(at)}",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => SpreadsheetCell.Safe(cell.ToString()),
    };
}
