using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using T = HungYen.Bot.Core.Texts.Vi.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace HungYen.Bot.Core.Awards.Documents;

/// <summary>How a paragraph looks: size in points, weight, slant, alignment, first-line indent, space after.</summary>
public sealed record Look(double Size = 14, bool Bold = false, bool Italic = false, JustificationValues? Align = null, bool Indent = false, int AfterPt = 0, int BeforePt = 0, bool KeepNext = false)
{
    public static readonly Look Body = new(14, Align: JustificationValues.Both, Indent: true, AfterPt: 6);

    public static readonly Look Ground = new(14, Italic: true, Align: JustificationValues.Both, Indent: true, AfterPt: 3);

    public static readonly Look Centre = new(14, Align: JustificationValues.Center);

    public static readonly Look CentreBold = new(14, Bold: true, Align: JustificationValues.Center);
}

/// <summary>A run of text with its own weight or slant inside a paragraph.</summary>
public sealed record Span(string Text, bool Bold = false, bool Italic = false);

/// <summary>
/// Writes a Word document laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I asks: A4, margins 20/20/30/15 mm, Times New
/// Roman, the header of cơ quan and Quốc hiệu with their rules, page numbers at the top centre from page 2 on.
/// </summary>
public sealed class OfficialDocx : IDisposable
{
    /// <summary>A4 in twentieths of a point.</summary>
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int MarginTop = 1134;
    public const int MarginBottom = 1134;
    public const int MarginLeft = 1701;
    public const int MarginRight = 850;
    public const int TextWidth = PageWidth - MarginLeft - MarginRight;
    public const string Font = "Times New Roman";

    /// <summary>The header spreads a little into the margins so "SỞ KHOA HỌC VÀ CÔNG NGHỆ" and the Quốc hiệu each keep to one line.</summary>
    private const int HeaderIndent = -400;
    private const int HeaderLeft = 4350;
    private const int HeaderRight = TextWidth - HeaderIndent + 200 - HeaderLeft;

    private readonly MemoryStream _stream = new();
    private readonly WordprocessingDocument _document;
    private readonly Body _body;
    private uint _pictures;

    public OfficialDocx()
    {
        _document = WordprocessingDocument.Create(_stream, WordprocessingDocumentType.Document);
        var main = _document.AddMainDocumentPart();
        main.Document = new Document(new Body());
        _body = main.Document.Body!;
        AddStyles(main);
        AddSettings(main);
    }

    public Body Body => _body;

    /// <summary>The header: cơ quan on the left with số ký hiệu, Quốc hiệu and Tiêu ngữ on the right with the date line (none when null).</summary>
    public void Header(string parentAgency, string agency, string? numberLine, string? dateLine, string? secondAgency = null)
    {
        var left = new List<OpenXmlElement>
        {
            Paragraph([new Span(parentAgency)], new Look(12.5, Align: JustificationValues.Center)),
            Paragraph([new Span(agency, Bold: true)], new Look(12.5, Bold: true, Align: JustificationValues.Center)),
        };
        if (secondAgency is not null)
        {
            left.Add(Paragraph([new Span(secondAgency, Bold: true)], new Look(12.5, Bold: true, Align: JustificationValues.Center)));
        }

        left.Add(Rule(HeaderLeft, HeaderLeft / 3));
        if (numberLine is not null)
        {
            left.Add(Paragraph([new Span(numberLine)], new Look(13, Align: JustificationValues.Center, BeforePt: 2)));
        }

        var right = new List<OpenXmlElement>
        {
            Paragraph([new Span(T.Nation, Bold: true)], new Look(12.5, Bold: true, Align: JustificationValues.Center)),
            Paragraph([new Span(T.Motto, Bold: true)], new Look(13.5, Bold: true, Align: JustificationValues.Center)),
            Rule(HeaderRight, 3000),
        };
        if (dateLine is not null)
        {
            right.Add(Paragraph([new Span(dateLine, Italic: true)], new Look(14, Italic: true, Align: JustificationValues.Center, BeforePt: 4)));
        }

        _body.Append(LayoutTable([HeaderLeft, HeaderRight], [[left, right]], indent: HeaderIndent));
        Add("", new Look(8));
    }

    /// <summary>Tên loại (bold capitals) and trích yếu (bold) with the short rule under it.</summary>
    public void Title(string kind, string? summary, string? attachedTo = null)
    {
        Add(kind, new Look(14, Bold: true, Align: JustificationValues.Center, BeforePt: 6, KeepNext: true));
        if (summary is not null)
        {
            foreach (var line in summary.Split('\n'))
            {
                Add(line, new Look(14, Bold: true, Align: JustificationValues.Center, KeepNext: true));
            }
        }

        if (attachedTo is not null)
        {
            Add(attachedTo, new Look(14, Italic: true, Align: JustificationValues.Center, KeepNext: true));
        }

        _body.Append(Rule(TextWidth, 1700));
        Add("", new Look(6));
    }

    public Paragraph Add(string text, Look look) => Add([new Span(text, look.Bold, look.Italic)], look);

    public Paragraph Add(IReadOnlyList<Span> spans, Look look)
    {
        var paragraph = Paragraph(spans, look);
        _body.Append(paragraph);
        return paragraph;
    }

    /// <summary>"Kính gửi:" with one recipient a line, each after a dash, aligned under the first.</summary>
    public void AddressedTo(IReadOnlyList<string> recipients)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "120", After = "120", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { Left = "3402", Hanging = "1361" }));
        paragraph.Append(TextRun(T.AddressedTo, 14, bold: false, italic: false));
        for (var i = 0; i < recipients.Count; i++)
        {
            paragraph.Append(i == 0 ? new Run(new TabChar()) : new Run(new Break()));
            paragraph.Append(TextRun(recipients.Count == 1 ? recipients[i] : "- " + recipients[i], 14, bold: false, italic: false));
        }

        _body.Append(paragraph);
    }

    public void PageBreak() => _body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>
    /// The signer block: Nơi nhận on the left (label 12 bold italic, list 11), quyền hạn and chức vụ (bold capitals)
    /// and the name (bold) on the right, with room for the signature and seal.
    /// </summary>
    public void Signature(IReadOnlyList<string>? recipients, IReadOnlyList<string> authority, string name, IReadOnlyList<string>? leftAuthority = null, string? leftName = null)
    {
        var left = new List<OpenXmlElement>();
        if (leftAuthority is not null)
        {
            left.AddRange(SignerCell(leftAuthority, leftName ?? ""));
        }
        else if (recipients is not null)
        {
            left.Add(Paragraph([new Span(T.Recipients, Bold: true, Italic: true)], new Look(12, Bold: true, Italic: true, BeforePt: 6)));
            left.AddRange(recipients.Select(r => Paragraph([new Span(r)], new Look(11))));
        }
        else
        {
            left.Add(Paragraph([], new Look()));
        }

        var right = SignerCell(authority, name).ToList();
        _body.Append(LayoutTable([TextWidth / 2 - 200, TextWidth / 2 + 200], [[left, right]], indent: 0));
        if (leftAuthority is not null && recipients is not null)
        {
            Add("", new Look(6));
            Add([new Span(T.Recipients, Bold: true, Italic: true)], new Look(12, Bold: true, Italic: true));
            foreach (var r in recipients)
            {
                Add(r, new Look(11));
            }
        }
    }

    /// <summary>A table with borders: header rows repeat on every page; a row with one cell spans the whole width.</summary>
    public Table Grid(IReadOnlyList<int> widths, IReadOnlyList<IReadOnlyList<GridCell>> headerRows, IReadOnlyList<IReadOnlyList<GridCell>> rows, double size)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 70, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 70, Type = TableWidthValues.Dxa })),
            new TableGrid([.. widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })]));
        foreach (var row in headerRows)
        {
            table.Append(GridRow(widths, row, size, header: true));
        }

        foreach (var row in rows)
        {
            table.Append(GridRow(widths, row, size, header: false));
        }

        _body.Append(table);
        return table;
    }

    /// <summary>A PNG placed inline, e.g. a delegate's QR code; size in millimetres.</summary>
    public Paragraph Picture(byte[] png, double millimetres, string name, JustificationValues align)
    {
        var main = _document.MainDocumentPart!;
        var part = main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png))
        {
            part.FeedData(data);
        }

        var id = main.GetIdOfPart(part);
        var emu = (long)(millimetres * 36000);
        var number = ++_pictures;
        var drawing = new Drawing(
            new DW.Inline(
                new DW.Extent { Cx = emu, Cy = emu },
                new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
                new DW.DocProperties { Id = number, Name = name },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(
                    new A.GraphicData(
                        new PIC.Picture(
                            new PIC.NonVisualPictureProperties(
                                new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png" },
                                new PIC.NonVisualPictureDrawingProperties()),
                            new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                            new PIC.ShapeProperties(
                                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = emu, Cy = emu }),
                                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                    { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = align }), new Run(drawing));
        _body.Append(paragraph);
        return paragraph;
    }

    /// <summary>Closes the document with its section (A4, margins, page numbers from page 2) and returns the bytes.</summary>
    public byte[] ToBytes()
    {
        var main = _document.MainDocumentPart!;
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new SimpleField(new Run(new RunProperties(new FontSize { Val = "26" }), new W.Text("2"))) { Instruction = " PAGE " }));
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph());
        _body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 567, Footer = 567, Gutter = 0 },
            new TitlePage()));
        main.Document.Save();
        _document.Dispose();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    public static Paragraph Paragraph(IReadOnlyList<Span> spans, Look look)
    {
        var properties = new ParagraphProperties();
        if (look.KeepNext)
        {
            properties.Append(new KeepNext());
        }

        properties.Append(new SpacingBetweenLines { Before = Twips(look.BeforePt * 20), After = Twips(look.AfterPt * 20), Line = "240", LineRule = LineSpacingRuleValues.Auto });
        if (look.Indent)
        {
            properties.Append(new Indentation { FirstLine = "720" });
        }

        if (look.Align is { } align)
        {
            properties.Append(new Justification { Val = align });
        }

        properties.Append(new ParagraphMarkRunProperties(new FontSize { Val = HalfPoints(look.Size) }, new FontSizeComplexScript { Val = HalfPoints(look.Size) }));
        var paragraph = new Paragraph(properties);
        foreach (var span in spans)
        {
            paragraph.Append(TextRun(span.Text, look.Size, span.Bold || look.Bold, span.Italic || look.Italic));
        }

        return paragraph;
    }

    private static Run TextRun(string text, double size, bool bold, bool italic)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        if (italic)
        {
            properties.Append(new Italic(), new ItalicComplexScript());
        }

        properties.Append(new FontSize { Val = HalfPoints(size) }, new FontSizeComplexScript { Val = HalfPoints(size) });
        return new Run(properties, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static IEnumerable<OpenXmlElement> SignerCell(IReadOnlyList<string> authority, string name)
    {
        var first = true;
        foreach (var line in authority)
        {
            yield return Paragraph([new Span(line, Bold: true)], new Look(14, Bold: true, Align: JustificationValues.Center, BeforePt: first ? 6 : 0));
            first = false;
        }

        for (var i = 0; i < 4; i++)
        {
            yield return Paragraph([], new Look(14));
        }

        yield return Paragraph([new Span(name, Bold: true)], new Look(14, Bold: true, Align: JustificationValues.Center));
    }

    /// <summary>A thin line of the given width, centred in a space of the given width (the rules under the header's lines).</summary>
    private static Paragraph Rule(int space, int width)
    {
        var side = Math.Max(0, (space - width) / 2);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1 }),
            new SpacingBetweenLines { Before = "0", After = "40", Line = "60", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = Twips(side), Right = Twips(side) },
            new ParagraphMarkRunProperties(new FontSize { Val = "4" })));
    }

    private static Table LayoutTable(IReadOnlyList<int> widths, IReadOnlyList<IReadOnlyList<List<OpenXmlElement>>> rows, int indent)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableIndentation { Width = indent, Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.None },
                    new LeftBorder { Val = BorderValues.None },
                    new BottomBorder { Val = BorderValues.None },
                    new RightBorder { Val = BorderValues.None },
                    new InsideHorizontalBorder { Val = BorderValues.None },
                    new InsideVerticalBorder { Val = BorderValues.None }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid([.. widths.Select(w => new GridColumn { Width = Twips(w) })]));
        foreach (var row in rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < row.Count; i++)
            {
                var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Twips(widths[i]), Type = TableWidthUnitValues.Dxa }));
                cell.Append(row[i].Count == 0 ? [new Paragraph()] : row[i]);
                tableRow.Append(cell);
            }

            table.Append(tableRow);
        }

        return table;
    }

    private static TableRow GridRow(IReadOnlyList<int> widths, IReadOnlyList<GridCell> cells, double size, bool header)
    {
        var row = new TableRow(header ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        var column = 0;
        foreach (var cell in cells)
        {
            var width = widths.Skip(column).Take(cell.Span).Sum();
            column += cell.Span;
            var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
            if (cell.Span > 1)
            {
                properties.Append(new GridSpan { Val = cell.Span });
            }

            if (cell.Merge is { } merge)
            {
                properties.Append(new VerticalMerge { Val = merge ? MergedCellValues.Restart : MergedCellValues.Continue });
            }

            properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            var align = cell.Align ?? (header ? JustificationValues.Center : JustificationValues.Left);
            var look = new Look(size, Bold: header || cell.Bold, Italic: cell.Italic, Align: align);
            var tableCell = new TableCell(properties);
            foreach (var line in cell.Text.Split('\n'))
            {
                tableCell.Append(Paragraph([new Span(line)], look));
            }

            row.Append(tableCell);
        }

        return row;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "28" },
                    new FontSizeComplexScript { Val = "28" },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
    }

    private static void AddSettings(MainDocumentPart main)
    {
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Val = "15", Uri = "http://schemas.microsoft.com/office/word" }));
    }

    private static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A cell of a bordered table: text (lines split by '\n'), columns spanned, vertical merge (true starts, false continues).</summary>
public sealed record GridCell(string Text, int Span = 1, bool? Merge = null, JustificationValues? Align = null, bool Bold = false, bool Italic = false);
