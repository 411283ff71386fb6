using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Text;
using MiniExcelLibs;
using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Office;

/// <summary>The office's export: every delegate with answer, substitute, place on the waiting list and arrival.</summary>
public static class DelegateWorkbook
{
    public const string FileName = "dai-bieu.xlsx";

    public static byte[] Create(IReadOnlyList<Delegate> all, TimeZoneInfo zone)
    {
        var byId = all.ToDictionary(d => d.Id);
        var waiting = all.Where(d => d.Status == RsvpStatus.Waiting).OrderBy(d => d.WaitingSince).Select((d, i) => (d.Id, Place: i + 1)).ToDictionary(x => x.Id, x => x.Place);
        // The office's own order and STT when the list came from its file; a substitute right after the person they replace.
        double Place(Delegate d) => d.ListOrder ?? (d.SubstituteFor is { } o && byId.TryGetValue(o, out var original) && original.ListOrder is { } p ? p + 0.5 : double.MaxValue);
        var ordered = all.OrderBy(Place).ThenBy(d => d.Organization, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)).ThenBy(d => d.FullName, NameRules.PersonOrder);
        var rows = ordered.Select((d, i) => new Dictionary<string, object?>
        {
            [T.ColumnNumber] = d.ListNumber is { } number ? SpreadsheetCell.Safe(number) : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            [T.ColumnName] = SpreadsheetCell.Safe(d.FullName),
            [T.ColumnPosition] = SpreadsheetCell.Safe(d.Position),
            [T.ColumnOrganization] = SpreadsheetCell.Safe(d.Organization),
            [T.ColumnPhone] = d.Phone,
            [T.ColumnGroup] = SpreadsheetCell.Safe(d.Group),
            [T.ColumnStatus] = T.StatusName(d.Status),
            [T.ColumnReason] = SpreadsheetCell.Safe(d.DeclineReason),
            [T.ColumnSubstitute] = SpreadsheetCell.Safe(Relation(d, byId)),
            [T.ColumnWaitingPlace] = waiting.TryGetValue(d.Id, out var place) ? place : null,
            [T.ColumnArrivedAt] = d.CheckedInAt is { } at ? VietnameseDate.DateTime(VietnameseDate.ToLocal(at, zone)) : "",
            [T.ColumnNote] = SpreadsheetCell.Safe(d.Note),
        });
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    private static string Relation(Delegate d, Dictionary<string, Delegate> byId) =>
        d.SubstitutedBy is { } sub && byId.TryGetValue(sub, out var s) ? T.SentSubstitute(s.FullName)
        : d.SubstituteFor is { } orig && byId.TryGetValue(orig, out var o) ? T.SubstituteOf(o.FullName)
        : "";
}
