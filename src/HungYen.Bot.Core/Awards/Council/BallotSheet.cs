using MiniExcelLibs;
using C = HungYen.Bot.Core.Texts.Vi.Council;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Awards.Council;

/// <summary>What a filled ballot sheet holds: the ballots to record, or what is wrong with it (then nothing is recorded).</summary>
public sealed record BallotSheetResult(IReadOnlyList<CouncilBallot> Ballots, IReadOnlyList<string> Problems);

/// <summary>
/// The tally sheet of a Council meeting (issue 17, point 3): the bot writes one row per nominee put to the meeting, the
/// office fills in phát ra, thu về, hợp lệ, đồng ý and sends it back; reading it checks every row against the members
/// present, so a bad file records nothing.
/// </summary>
public static class BallotSheet
{
    public const string SheetName = C.SheetName;

    private static readonly string[] Counts = [C.ColumnIssued, C.ColumnReturned, C.ColumnValid, C.ColumnAgree];

    private static readonly SheetColumn[] Columns =
    [
        new(C.ColumnNumber, 5),
        new(C.ColumnName, 28),
        new(C.ColumnUnit, 24),
        new(C.ColumnAward, 14),
        new(C.ColumnIssued, 9),
        new(C.ColumnReturned, 9),
        new(C.ColumnValid, 9),
        new(C.ColumnAgree, 9),
        new(C.ColumnReference, 12),
    ];

    /// <summary>The nominees the sheet is for: those put to the meeting, Bằng khen first, collectives first.</summary>
    public static IReadOnlyList<Nomination> Nominees(IEnumerable<Nomination> all) =>
        [.. all.Where(n => n.Status == NominationStatus.Scheduled).OrderByDescending(n => n.Award).ThenBy(n => n.Kind).ThenBy(n => n.Id, StringComparer.Ordinal)];

    public static byte[] Create(CouncilMeeting meeting, IReadOnlyList<Nomination> nominees, Func<string, string> unitName)
    {
        var book = new PrintableWorkbook();
        var at = meeting.Start is { } start ? VietnameseDate.DateTime(start) : null;
        var sheet = book.Add(SheetName, C.SheetTitle, C.SheetSubtitle(at, meeting.Place, meeting.PresentCount, meeting.Members.Count), Columns);
        foreach (var group in nominees.GroupBy(n => (n.Award, n.Kind)))
        {
            sheet.Group(Texts.Vi.Workbooks.Group(group.Key.Award, group.Key.Kind));
            var number = 0;
            foreach (var n in group)
            {
                var ballot = meeting.BallotFor(n.Id);
                sheet.Add(++number, n.Name, unitName(n.UnitCode), T.AwardShort(n.Award), ballot?.Issued, ballot?.Returned, ballot?.Valid, ballot?.Agree, n.Id);
            }
        }

        sheet.Subtotal(C.SheetHowTo(meeting.PresentCount));
        return book.ToBytes();
    }

    /// <summary>Reads a filled sheet back; any problem in any row and no ballot is taken.</summary>
    public static BallotSheetResult Read(byte[] content, CouncilMeeting meeting, IReadOnlyList<Nomination> nominees)
    {
        switch (UploadedWorkbookGuard.Check(SheetName + ".xlsx", content))
        {
            case UploadCheck.TooManyRows:
                return Fail(Vi.Uploads.TooManyRows(UploadedWorkbookGuard.MaxRows));
            case UploadCheck.TooLarge:
                return Fail(Vi.Uploads.InflatesTooLarge(UploadedWorkbookGuard.MaxInflatedBytes));
            case UploadCheck.Unreadable:
                return Fail(C.SheetUnreadable);
        }

        List<IDictionary<string, object?>> rows;
        try
        {
            using var stream = new MemoryStream(content);
            if (!stream.GetSheetNames().Contains(SheetName))
            {
                return Fail(C.SheetMissing(SheetName));
            }

            stream.Position = 0;
            rows = [.. stream.Query(useHeaderRow: false, sheetName: SheetName).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception error) when (error is InvalidDataException or IOException or InvalidOperationException or FormatException or System.Xml.XmlException or KeyNotFoundException or ArgumentException)
        {
            return Fail(C.SheetUnreadable);
        }

        var headerIndex = rows.FindIndex(r => r.Values.Any(v => Same(v, C.ColumnReference)));
        if (headerIndex < 0)
        {
            return Fail(C.SheetColumnsMissing([C.ColumnReference, .. Counts]));
        }

        var header = rows[headerIndex];
        string? ColumnOf(string title) => header.FirstOrDefault(kv => Same(kv.Value, title)).Key;
        var missing = Counts.Where(c => ColumnOf(c) is null).ToList();
        if (missing.Count > 0)
        {
            return Fail(C.SheetColumnsMissing(missing));
        }

        var reference = ColumnOf(C.ColumnReference)!;
        var byId = nominees.ToDictionary(n => n.Id, StringComparer.OrdinalIgnoreCase);
        var ballots = new List<CouncilBallot>();
        var problems = new List<string>();
        for (var i = headerIndex + 1; i < rows.Count; i++)
        {
            var line = i + 1;
            var id = Cell(rows[i], reference);
            if (id.Length == 0)
            {
                continue;
            }

            if (!byId.TryGetValue(id, out var nominee))
            {
                problems.Add(C.SheetUnknownNominee(line, id));
                continue;
            }

            if (ballots.Any(b => b.NominationId == nominee.Id))
            {
                problems.Add(C.SheetDuplicate(line, nominee.Id));
                continue;
            }

            var cells = Counts.Select(c => (Title: c, Text: Cell(rows[i], ColumnOf(c)!))).ToList();
            if (cells.All(c => c.Text.Length == 0))
            {
                continue; // not voted on yet
            }

            var values = new List<int>();
            foreach (var (title, text) in cells)
            {
                if (text.Length == 0)
                {
                    problems.Add(C.SheetBlank(line, nominee.Name, title));
                }
                else if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    problems.Add(C.SheetNotANumber(line, nominee.Name, title, text));
                }
                else
                {
                    values.Add(value);
                }
            }

            if (values.Count < Counts.Length)
            {
                continue;
            }

            var ballot = new CouncilBallot { NominationId = nominee.Id, Issued = values[0], Returned = values[1], Valid = values[2], Agree = values[3] };
            if (ballot.Issued > meeting.PresentCount)
            {
                problems.Add(C.SheetOverPresent(line, nominee.Name, ballot.Issued, meeting.PresentCount));
            }
            else if (!CouncilVotes.Possible(ballot, meeting.PresentCount))
            {
                problems.Add(C.SheetOutOfOrder(line, nominee.Name));
            }
            else
            {
                ballots.Add(ballot);
            }
        }

        if (problems.Count == 0 && ballots.Count == 0)
        {
            problems.Add(C.SheetEmpty);
        }

        return problems.Count > 0 ? new BallotSheetResult([], problems) : new BallotSheetResult(ballots, []);
    }

    private static BallotSheetResult Fail(string problem) => new([], [problem]);

    private static bool Same(object? cell, string title) =>
        cell?.ToString() is { } text && ChoiceMatcher.Fold(text) == ChoiceMatcher.Fold(title);

    /// <summary>A cell as the office typed it: a whole number stays whole ("3", not "3.0").</summary>
    private static string Cell(IDictionary<string, object?> row, string column) =>
        row.TryGetValue(column, out var value) ? value switch
        {
            null => "",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            DateTime date => VietnameseDate.Date(date),
            _ => value.ToString()?.Trim() ?? "",
        }
        : "";
}
