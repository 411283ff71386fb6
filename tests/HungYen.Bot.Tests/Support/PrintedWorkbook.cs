using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;

namespace HungYen.Bot.Tests.Support;

/// <summary>
/// An .xlsx the bot sent, read back: its rows by header with MiniExcel (as the office's Excel would show them), its
/// page setup, column widths and cell types with DocumentFormat.OpenXml.
/// </summary>
public sealed class PrintedWorkbook(byte[] content) : IDisposable
{
    private readonly SpreadsheetDocument _document = SpreadsheetDocument.Open(new MemoryStream(content), false);

    public IReadOnlyList<string> SheetNames => [.. new MemoryStream(content).GetSheetNames()];

    /// <summary>The rows under the header of row <paramref name="headerRow"/>, keyed by header.</summary>
    public List<IDictionary<string, object?>> Rows(string sheet, int headerRow = 4) =>
        [.. new MemoryStream(content).Query(useHeaderRow: true, sheetName: sheet, startCell: $"A{headerRow}").Cast<IDictionary<string, object?>>()];

    /// <summary>Column A of every row from the top (titles, headers, group, subtotal and total rows).</summary>
    public List<string> FirstColumn(string sheet) =>
        [.. new MemoryStream(content).Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>().Select(r => r["A"]?.ToString() ?? "")];

    public List<string> Headers(string sheet, int headerRow = 4) =>
        [.. Sheet(sheet).Descendants<Row>().Single(r => r.RowIndex! == (uint)headerRow).Elements<Cell>().Select(Text)];

    public Worksheet Sheet(string name)
    {
        var book = _document.WorkbookPart!;
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet;
    }

    /// <summary>The workbook-level defined name (_xlnm.Print_Titles, _xlnm.Print_Area) of a sheet.</summary>
    public string? DefinedName(string sheet, string name)
    {
        var book = _document.WorkbookPart!.Workbook;
        var index = book.Sheets!.Elements<Sheet>().TakeWhile(s => s.Name != sheet).Count();
        return book.DefinedNames?.Elements<DefinedName>().SingleOrDefault(d => d.Name == name && d.LocalSheetId?.Value == (uint)index)?.Text;
    }

    public Cell Cell(string sheet, string reference) => Sheet(sheet).Descendants<Cell>().Single(c => c.CellReference == reference);

    /// <summary>The number format code of a cell ("dd/mm/yyyy"), or null for the general format.</summary>
    public string? FormatOf(Cell cell)
    {
        var styles = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId! == id)?.FormatCode;
    }

    public bool Wraps(Cell cell) =>
        _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0)).Alignment?.WrapText?.Value == true;

    public bool QuotePrefixed(Cell cell) =>
        _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0)).QuotePrefix?.Value == true;

    public string Text(Cell cell) => cell.DataType?.Value == CellValues.SharedString
        ? _document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText
        : cell.CellValue?.Text ?? "";

    /// <summary>What the Open XML schema finds wrong (what would make Excel offer to "repair" the file).</summary>
    public IReadOnlyList<string> SchemaErrors() =>
        [.. new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(_document).Select(e => $"{e.Path?.XPath}: {e.Description}")];

    public void Dispose() => _document.Dispose();

    /// <summary>The workbook as the office saves it after typing into some cells: a number, or text.</summary>
    public static byte[] Filled(byte[] content, string sheet, IReadOnlyDictionary<string, object> cells)
    {
        using var stream = new MemoryStream();
        stream.Write(content);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var book = document.WorkbookPart!;
            var part = (WorksheetPart)book.GetPartById(book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!);
            foreach (var (reference, value) in cells)
            {
                var cell = part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
                cell.CellValue = null;
                if (value is string text)
                {
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(text));
                }
                else
                {
                    cell.DataType = null;
                    cell.CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        return stream.ToArray();
    }

    /// <summary>Converts files in <paramref name="dir"/> with LibreOffice headless (as .ci/run installs it); returns the PDFs.</summary>
    public static IReadOnlyList<string> ConvertToPdf(string dir, IEnumerable<string> files)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);
        Assert.True(soffice is not null, "LibreOffice is needed: apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui (as .ci/run does).");
        var start = new ProcessStartInfo(soffice!) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir };
        foreach (var argument in new[] { $"-env:UserInstallation=file://{Path.Combine(dir, "profile")}", "--headless", "--convert-to", "pdf", "--outdir", dir })
        {
            start.ArgumentList.Add(argument);
        }

        var names = files.ToList();
        names.ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "LibreOffice did not finish.");
        Assert.True(process.ExitCode == 0, output);
        var pdfs = names.Select(n => Path.Combine(dir, Path.ChangeExtension(n, ".pdf"))).ToList();
        foreach (var pdf in pdfs)
        {
            Assert.True(File.Exists(pdf) && new FileInfo(pdf).Length > 1000, $"{pdf} missing: {output}");
        }

        return pdfs;
    }
}
