using T = HungYen.Bot.Core.Texts.Vi.Delegates;
using W = HungYen.Bot.Core.Texts.Vi.Workbooks;

namespace HungYen.Bot.Core.Delegates.Office;

/// <summary>The office's export: every delegate with answer, substitute, place on the waiting list and arrival, printable on A4.</summary>
public static class DelegateWorkbook
{

    private static readonly SheetColumn[] Columns =
    [
        new(T.ColumnNumber, 5),
        new(T.ColumnName, 20),
        new(T.ColumnPosition, 16),
        new(T.ColumnOrganization, 22),
        new(T.ColumnPhone, 12),
        new(T.ColumnGroup, 14),
        new(T.ColumnStatus, 12),
        new(T.ColumnReason, 16),
        new(T.ColumnSubstitute, 18),
        new(T.ColumnWaitingPlace, 7),
        new(T.ColumnArrivedAt, 15),
        new(T.ColumnNote, 16),
    ];

    public static byte[] Create(IReadOnlyList<Delegate> all, TimeZoneInfo zone)
    {
        var byId = all.ToDictionary(d => d.Id);
        var waiting = all.Where(d => d.Status == RsvpStatus.Waiting).OrderBy(d => d.WaitingSince).Select((d, i) => (d.Id, Place: i + 1)).ToDictionary(x => x.Id, x => x.Place);
        // The office's own order and STT when the list came from its file; a substitute right after the person they replace.
        double Place(Delegate d) => d.ListOrder ?? (d.SubstituteFor is { } o && byId.TryGetValue(o, out var original) && original.ListOrder is { } p ? p + 0.5 : double.MaxValue);
        var ordered = all.OrderBy(Place).ThenBy(d => d.Organization, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)).ThenBy(d => d.FullName, NameRules.PersonOrder);
        var list = ordered.ToList();
        var book = new PrintableWorkbook();
        var sheet = book.Add(W.DelegatesSheet, W.DelegatesTitle, null, Columns);
        for (var i = 0; i < list.Count; i++)
        {
            var d = list[i];
            sheet.Add(
                d.ListNumber is { } number ? (object)number : i + 1,
                d.FullName,
                d.Position,
                d.Organization,
                d.Phone,
                d.Group,
                T.StatusName(d.Status),
                Texts.Vi.Seats.DeclineReason(d.DeclineReason),
                Relation(d, byId),
                waiting.TryGetValue(d.Id, out var place) ? place : null,
                d.CheckedInAt is { } at ? VietnameseDate.ToLocal(at, zone) : null,
                d.Note);
        }

        sheet.Total(W.DelegatesTotal(list.Count, list.Count(d => d.Status == RsvpStatus.Attending), list.Count(d => d.CheckedInAt is not null)));
        return book.ToBytes();
    }

    private static string Relation(Delegate d, Dictionary<string, Delegate> byId) =>
        d.SubstitutedBy is { } sub && byId.TryGetValue(sub, out var s) ? T.SentSubstitute(s.FullName)
        : d.SubstituteFor is { } orig && byId.TryGetValue(orig, out var o) ? T.SubstituteOf(o.FullName)
        : "";
}
