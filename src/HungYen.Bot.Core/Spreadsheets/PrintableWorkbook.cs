using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HungYen.Bot.Core.Spreadsheets;

/// <summary>
/// An .xlsx the office can print as it comes (issue 17): each sheet titled, columns sized, text wrapped, A4 landscape
/// fitted to one page wide, the header row repeated on every page, only the reader's columns in the print area, page
/// numbers in the footer, real number and date cells, and text that never turns into a formula. Written with DocumentFormat.OpenXml (ClosedXML's versions on
/// our feed do not run with OpenXml 3, which the .docx documents need).
/// </summary>
public sealed class PrintableWorkbook
{
    private const string Font = "Times New Roman";

    /// <summary>Points per line of 11-point text.</summary>
    private const double LineHeight = 15;

    private readonly List<PrintableSheet> _sheets = [];

    /// <summary>The style of each kind of cell, as indices into the workbook's cell formats (<see cref="Styles"/>).</summary>
    private enum Look : uint
    {
        Plain,
        Title,
        Subtitle,
        Header,
        Text,
        Number,
        Date,
        DateTime,
        Group,
        Subtotal,
        Total,

        /// <summary>Text starting with =, +, - or @: Excel's quote prefix keeps it text even when the cell is edited.</summary>
        QuotedText,
    }

    public PrintableSheet Add(string name, string title, string? subtitle, IReadOnlyList<SheetColumn> columns)
    {
        var sheet = new PrintableSheet(name, title, subtitle, columns);
        _sheets.Add(sheet);
        return sheet;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = document.AddWorkbookPart();
            book.Workbook = new Workbook();
            book.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var strings = new SharedStrings(book.AddNewPart<SharedStringTablePart>());
            var sheets = book.Workbook.AppendChild(new Sheets());
            var names = new DefinedNames();
            for (var i = 0; i < _sheets.Count; i++)
            {
                var sheet = _sheets[i];
                var part = book.AddNewPart<WorksheetPart>();
                Write(part, sheet, strings);
                sheets.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = sheet.Name });
                var quoted = "'" + sheet.Name.Replace("'", "''", StringComparison.Ordinal) + "'";
                var lastRow = PrintableSheet.HeaderRow + Math.Max(sheet.Rows.Count, 1);
                names.Append(new DefinedName($"{quoted}!$A$1:${Letter(sheet.PrintedColumns)}${lastRow}") { Name = "_xlnm.Print_Area", LocalSheetId = (uint)i });
                names.Append(new DefinedName($"{quoted}!${PrintableSheet.HeaderRow}:${PrintableSheet.HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }

            book.Workbook.Append(names);
            strings.Save();
        }

        return stream.ToArray();
    }

    /// <summary>"A" for 1, "Z" for 26, "AA" for 27.</summary>
    public static string Letter(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>Writes the sheet as a stream (no document tree in memory: a list of 10,000 dossiers stays quick).</summary>
    private static void Write(WorksheetPart part, PrintableSheet sheet, SharedStrings strings)
    {
        var width = sheet.Columns.Count;
        var letters = Enumerable.Range(1, width).Select(Letter).ToArray();
        var printedWidth = sheet.Columns.Take(sheet.PrintedColumns).Sum(c => c.Width);
        var merges = new List<string>();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = PrintableSheet.HeaderRow, TopLeftCell = $"A{PrintableSheet.HeaderRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = LineHeight });
        var columns = new Columns();
        for (var c = 0; c < width; c++)
        {
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = sheet.Columns[c].Width, CustomWidth = true });
        }

        writer.WriteElement(columns);
        writer.WriteStartElement(new SheetData());

        void Row(uint index, double height, Func<int, Cell> cell, int count)
        {
            writer.WriteStartElement(new Row { RowIndex = index, Height = height, CustomHeight = true });
            for (var c = 0; c < count; c++)
            {
                writer.WriteElement(cell(c));
            }

            writer.WriteEndElement();
        }

        void Band(uint index, string text, Look look, double? height = null)
        {
            Row(index, height ?? Height([(text, printedWidth)]), c => c == 0 ? TextCell($"A{index}", text, look, strings) : new Cell { CellReference = letters[c] + index, StyleIndex = (uint)look }, sheet.PrintedColumns);
            merges.Add($"A{index}:{letters[sheet.PrintedColumns - 1]}{index}");
        }

        Band(1, sheet.Title, Look.Title, 24);
        if (sheet.Subtitle is { } subtitle)
        {
            Band(2, subtitle, Look.Subtitle);
        }

        const uint header = PrintableSheet.HeaderRow;
        Row(header, Height(sheet.Columns.Select(c => ((object?)c.Header, c.Width))), c => TextCell(letters[c] + header, sheet.Columns[c].Header, Look.Header, strings), width);
        var index = header;
        foreach (var row in sheet.Rows)
        {
            var at = ++index;
            if (row.Kind != SheetRowKind.Data)
            {
                Band(at, (string)row.Cells[0]!, row.Kind switch { SheetRowKind.Group => Look.Group, SheetRowKind.Subtotal => Look.Subtotal, _ => Look.Total });
                continue;
            }

            Row(at, Height(row.Cells.Select((v, c) => (v, sheet.Columns[c].Width))), c => ValueCell(letters[c] + at, c < row.Cells.Count ? row.Cells[c] : null, strings), width);
        }

        writer.WriteEndElement();
        writer.WriteElement(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        writer.WriteElement(new PrintOptions { HorizontalCentered = true });
        writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        writer.WriteElement(new HeaderFooter(new OddFooter("&C" + Texts.Vi.Workbooks.PageFooter)));
        writer.WriteEndElement();
    }

    /// <summary>
    /// The height a row needs for its wrapped text, estimated from each cell's length against its column's width: Excel
    /// and LibreOffice do not both fit rows to wrapped text on opening, so the height is written.
    /// </summary>
    private static double Height(IEnumerable<(object? Value, double Width)> cells)
    {
        var lines = cells.Select(c => c.Value is string text ? text.Split('\n').Sum(line => Lines(line, c.Width)) : 1).DefaultIfEmpty(1).Max();
        return Math.Min(409, (lines * LineHeight) + 3);
    }

    /// <summary>Lines a paragraph takes when wrapped at word breaks; a column holds about 1.1 Times New Roman letters per unit of width.</summary>
    private static int Lines(string paragraph, double width)
    {
        var capacity = Math.Max(1, (width * 1.1) - 1);
        var lines = 1;
        var used = 0.0;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var needed = used == 0 ? word.Length : used + 1 + word.Length;
            if (needed <= capacity)
            {
                used = needed;
                continue;
            }

            lines += used == 0 ? 0 : 1;
            lines += (int)Math.Ceiling(word.Length / capacity) - 1;
            used = word.Length % capacity is var rest && rest > 0 ? rest : capacity;
        }

        return lines;
    }

    private static Cell ValueCell(string reference, object? value, SharedStrings strings) => value switch
    {
        null => new Cell { CellReference = reference, StyleIndex = (uint)Look.Text },
        string text => TextCell(reference, text, text.Length > 0 && text[0] is '=' or '+' or '-' or '@' ? Look.QuotedText : Look.Text, strings),
        DateOnly date => Number(reference, date.ToDateTime(TimeOnly.MinValue).ToOADate(), Look.Date),
        DateTime at => Number(reference, at.ToOADate(), Look.DateTime),
        int or long or double or decimal => Number(reference, Convert.ToDouble(value, CultureInfo.InvariantCulture), Look.Number),
        _ => throw new ArgumentException($"A {value.GetType().Name} cannot be written to a cell.", nameof(value)),
    };

    private static Cell Number(string reference, double value, Look look) => new()
    {
        CellReference = reference,
        CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)),
        StyleIndex = (uint)look,
    };

    private static Cell TextCell(string reference, string text, Look look, SharedStrings strings) => text.Length == 0
        ? new Cell { CellReference = reference, StyleIndex = (uint)look }
        : new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.IndexOf(text)), StyleIndex = (uint)look };

    private static Stylesheet Styles()
    {
        static Font MakeFont(double size, bool bold = false, bool italic = false)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            if (italic)
            {
                font.Append(new Italic());
            }

            font.Append(new FontSize { Val = size }, new FontName { Val = Font }, new FontFamilyNumbering { Val = 1 });
            return font;
        }

        static Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

        static CellFormat Format(uint font, uint fill, uint border, HorizontalAlignmentValues horizontal, VerticalAlignmentValues vertical, bool wrap, uint numberFormat = 0) => new(
            new Alignment { Horizontal = horizontal, Vertical = vertical, WrapText = wrap })
        {
            FontId = font,
            FillId = fill,
            BorderId = border,
            NumberFormatId = numberFormat,
            ApplyFont = true,
            ApplyFill = fill != 0,
            ApplyBorder = border != 0,
            ApplyAlignment = true,
            ApplyNumberFormat = numberFormat != 0,
        };

        static CellFormat Quoted(CellFormat format)
        {
            format.QuotePrefix = true;
            return format;
        }

        var thin = new Border(
            new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        var h = (Left: HorizontalAlignmentValues.Left, Centre: HorizontalAlignmentValues.Center);
        var top = VerticalAlignmentValues.Top;
        var middle = VerticalAlignmentValues.Center;

        // Indices follow Look: fonts 0 plain, 1 bold, 2 title, 3 italic; fills 0 none, 1 gray125 (required), 2 header, 3 group.
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy hh:mm" }),
            new Fonts(MakeFont(11), MakeFont(11, bold: true), MakeFont(14, bold: true), MakeFont(11, italic: true)),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }), Solid("FFD9D9D9"), Solid("FFF2F2F2")),
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin),
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }),
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
                Format(2, 0, 0, h.Centre, middle, wrap: true),
                Format(3, 0, 0, h.Centre, middle, wrap: true),
                Format(1, 2, 1, h.Centre, middle, wrap: true),
                Format(0, 0, 1, h.Left, top, wrap: true),
                Format(0, 0, 1, h.Centre, top, wrap: false),
                Format(0, 0, 1, h.Centre, top, wrap: false, numberFormat: 164),
                Format(0, 0, 1, h.Centre, top, wrap: false, numberFormat: 165),
                Format(1, 3, 1, h.Left, middle, wrap: true),
                Format(1, 0, 1, h.Left, middle, wrap: true),
                Format(1, 2, 1, h.Left, middle, wrap: true),
                Quoted(Format(0, 0, 1, h.Left, top, wrap: true))),
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    /// <summary>The workbook's shared strings: each distinct text stored once.</summary>
    private sealed class SharedStrings(SharedStringTablePart part)
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public string IndexOf(string text)
        {
            if (!_index.TryGetValue(text, out var i))
            {
                i = _index.Count;
                _index[text] = i;
            }

            return i.ToString(CultureInfo.InvariantCulture);
        }

        public void Save()
        {
            using var writer = OpenXmlWriter.Create(part);
            writer.WriteStartElement(new SharedStringTable { Count = (uint)_index.Count, UniqueCount = (uint)_index.Count });
            foreach (var text in _index.OrderBy(kv => kv.Value).Select(kv => kv.Key))
            {
                writer.WriteElement(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            writer.WriteEndElement();
        }
    }
}
