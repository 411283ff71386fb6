using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace HungYen.Bot.Core.Delegates.Import;

/// <summary>One data row of an uploaded list, by column, with its row number as the office sees it in the sheet.</summary>
public sealed record ListRow(int RowNumber, IReadOnlyDictionary<ListColumn, string> Cells)
{
    public string Get(ListColumn column) => Cells.TryGetValue(column, out var value) ? value.Trim() : "";
}

public enum ListColumn
{
    FullName,
    Position,
    Organization,
    Phone,
    Group,
    Note,
}

/// <summary>
/// Reads the invitation list from CSV (CsvHelper) or XLSX (MiniExcel). Header names are matched without diacritics,
/// case or punctuation, so "Họ tên", "Ho ten" and "HỌ VÀ TÊN" all mean the name column.
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
    };

    public static bool IsSupported(string fileName) =>
        fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Data rows, or which required columns are missing from row 1.</summary>
    public static (IReadOnlyList<ListRow> Rows, IReadOnlyList<ListColumn> Missing) Read(string fileName, byte[] content)
    {
        var table = fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(content) : ReadXlsx(content);
        if (table.Count == 0)
        {
            return ([], Required);
        }

        var columns = table[0].Select(h => Headers.TryGetValue(Key(h), out var c) ? c : (ListColumn?)null).ToList();
        var missing = Required.Where(r => !columns.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            return ([], missing);
        }

        var rows = new List<ListRow>();
        for (var i = 1; i < table.Count; i++)
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
                rows.Add(new ListRow(i + 1, cells)); // row 1 is the header, as the spreadsheet numbers it
            }
        }

        return (rows, []);
    }

    /// <summary>A header reduced to bare Latin letters: "Cơ quan/Đơn vị" → "coquandonvi".</summary>
    public static string Key(string header)
    {
        var decomposed = header.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
    }

    private static List<List<string>> ReadCsv(byte[] content)
    {
        // No separator given: CsvHelper detects it, as Vietnamese Excel often saves CSV with ";".
        var options = new CsvReaderOptions { HasHeader = false };
        using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = CsvReader.Create(reader, options, leaveOpen: false);
        var table = new List<List<string>>();
        while (csv.Read())
        {
            table.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? "")]);
        }

        return table;
    }

    private static List<List<string>> ReadXlsx(byte[] content)
    {
        using var stream = new MemoryStream(content);
        var table = new List<List<string>>();
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false))
        {
            table.Add([.. row.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")]);
        }

        return table;
    }
}
