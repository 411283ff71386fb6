using CsvHelper;
using MiniExcelLibs;

namespace HungYen.Bot.Core.Delegates.Import;

/// <summary>One data row of an uploaded list, by column, with its row number as the office sees it in the sheet.</summary>
public sealed record ListRow(int RowNumber, IReadOnlyDictionary<ListColumn, string> Cells)
{
    /// <summary>The cell, trimmed (non-breaking spaces too) and in NFC, as every stored name must be.</summary>
    public string Get(ListColumn column) => Cells.TryGetValue(column, out var value) ? value.Normalize(NormalizationForm.FormC).Trim().Trim('\u00A0', '\u202F').Trim() : "";
}

public enum ListColumn
{
    FullName,
    Position,
    Organization,
    Phone,
    Group,
    Note,

    /// <summary>The office's STT, kept as written.</summary>
    Number,
}

/// <summary>
/// Reads the invitation list from CSV (CsvHelper) or XLSX (MiniExcel), forgiving what Excel does to it: a CSV saved as
/// UTF-16 ("Unicode Text") or Windows-1258 (plain "CSV" on a Vietnamese Windows) is decoded as such; the header row
/// may sit below title rows ("DANH SÁCH ĐẠI BIỂU …"); header names are matched without diacritics, case or
/// punctuation and by their common variants ("Họ và tên đại biểu", "Chức danh", "Đơn vị công tác", "Số ĐT", "Điện
/// thoại di động").
/// </summary>
public static class DelegateListReader
{
    public static readonly ListColumn[] Required = [ListColumn.FullName, ListColumn.Position, ListColumn.Organization, ListColumn.Phone];

    private static readonly Dictionary<string, ListColumn> Headers = new()
    {
        ["hoten"] = ListColumn.FullName,
        ["hovaten"] = ListColumn.FullName,
        ["chucvu"] = ListColumn.Position,
        ["coquandonvi"] = ListColumn.Organization,
        ["coquan"] = ListColumn.Organization,
        ["donvi"] = ListColumn.Organization,
        ["sodienthoai"] = ListColumn.Phone,
        ["dienthoai"] = ListColumn.Phone,
        ["sdt"] = ListColumn.Phone,
        ["nhom"] = ListColumn.Group,
        ["thanhphan"] = ListColumn.Group,
        ["ghichu"] = ListColumn.Note,
        ["chucdanh"] = ListColumn.Position,
        ["sodt"] = ListColumn.Phone,
        ["dt"] = ListColumn.Phone,
        ["didong"] = ListColumn.Phone,
        ["stt"] = ListColumn.Number,
        ["tt"] = ListColumn.Number,
    };

    /// <summary>Title rows above the header that are looked through.</summary>
    public const int HeaderSearchRows = 10;

    public static bool IsSupported(string fileName) =>
        fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Data rows, or which required columns are missing from row 1.</summary>
    public static (IReadOnlyList<ListRow> Rows, IReadOnlyList<ListColumn> Missing) Read(string fileName, byte[] content)
    {
        var table = ReadTable(fileName, content, int.MaxValue);
        var (header, columns, missing) = Header(table);
        if (missing.Count > 0)
        {
            return ([], missing);
        }

        var rows = new List<ListRow>();
        for (var i = header + 1; i < table.Count; i++)
        {
            var cells = new Dictionary<ListColumn, string>();
            for (var j = 0; j < columns.Count && j < table[i].Count; j++)
            {
                if (columns[j] is { } column && !cells.ContainsKey(column))
                {
                    cells[column] = table[i][j];
                }
            }

            if (cells.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
            {
                rows.Add(new ListRow(i + 1, cells)); // as the spreadsheet numbers its rows
            }
        }

        return (rows, []);
    }

    /// <summary>
    /// The required columns the header does not name, read from the top rows only: quick whatever the file's size, so
    /// the upload turn refuses a wrong sheet at once and leaves reading the rows to the import job.
    /// </summary>
    public static IReadOnlyList<ListColumn> MissingColumns(string fileName, byte[] content) =>
        Header(ReadTable(fileName, content, HeaderSearchRows)).Missing;

    private static List<List<string>> ReadTable(string fileName, byte[] content, int maxRows) =>
        fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(content, maxRows) : ReadXlsx(content, maxRows);

    private static (int Index, List<ListColumn?> Columns, IReadOnlyList<ListColumn> Missing) Header(List<List<string>> table)
    {
        // The header is the first of the top rows that names the most required columns.
        if (table.Count == 0)
        {
            return (0, [], Required);
        }

        var header = Enumerable.Range(0, Math.Min(HeaderSearchRows, table.Count))
            .Select(i => (Index: i, Columns: table[i].Select(Column).ToList()))
            .OrderByDescending(h => Required.Count(r => h.Columns.Contains(r)))
            .ThenBy(h => h.Index)
            .First();
        return (header.Index, header.Columns, [.. Required.Where(r => !header.Columns.Contains(r))]);
    }

    /// <summary>The column a header names: exactly, or by its start ("Họ và tên đại biểu", "Đơn vị công tác", "Điện thoại di động").</summary>
    public static ListColumn? Column(string header)
    {
        var key = Key(header);
        if (key.Length == 0)
        {
            return null;
        }

        if (Headers.TryGetValue(key, out var exact))
        {
            return exact;
        }

        return Headers.Where(h => h.Key.Length >= 4 && key.StartsWith(h.Key, StringComparison.Ordinal)).OrderByDescending(h => h.Key.Length).Select(h => (ListColumn?)h.Value).FirstOrDefault();
    }

    /// <summary>A header reduced to bare Latin letters: "Cơ quan/Đơn vị" → "coquandonvi".</summary>
    public static string Key(string header)
    {
        var decomposed = header.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
    }

    private static List<List<string>> ReadCsv(byte[] content, int maxRows)
    {
        // No separator given: CsvHelper detects it, as Vietnamese Excel often saves CSV with ";".
        var options = new CsvReaderOptions { HasHeader = false };
        using var reader = new StringReader(TextDecoding.Decode(content));
        using var csv = CsvReader.Create(reader, options, leaveOpen: false);
        var table = new List<List<string>>();
        while (table.Count < maxRows && csv.Read())
        {
            table.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? "")]);
        }

        return table;
    }

    private static List<List<string>> ReadXlsx(byte[] content, int maxRows)
    {
        using var stream = new MemoryStream(content);
        var table = new List<List<string>>();
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false).Take(maxRows))
        {
            table.Add([.. row.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")]);
        }

        return table;
    }
}
