namespace HungYen.Bot.Core.Spreadsheets;

/// <summary>
/// A column of a printable sheet: its header, its width in characters, and whether it is printed. The printed columns
/// come first (the reader's); the others (details for filtering, internal ids) follow and stay off the page.
/// </summary>
public sealed record SheetColumn(string Header, double Width, bool Printed = true);

/// <summary>What a row is: a nominee's line, a band naming a group, a group's subtotal, or the sheet's total.</summary>
public enum SheetRowKind
{
    Data,
    Group,
    Subtotal,
    Total,
}

/// <summary>A row of a printable sheet; a band row (group, subtotal, total) has one label spread over the printed columns.</summary>
public sealed record SheetRow(SheetRowKind Kind, IReadOnlyList<object?> Cells);

/// <summary>
/// One sheet of a <see cref="PrintableWorkbook"/>: a title (and a line under it), the header row that repeats on every
/// printed page, then the rows. A cell is text (<see cref="string"/>), a number, a date (<see cref="DateOnly"/>, shown
/// dd/MM/yyyy) or a date and time (<see cref="DateTime"/>, shown dd/MM/yyyy HH:mm) — real Excel values, never text.
/// </summary>
public sealed class PrintableSheet
{
    /// <summary>Row 1 is the title, row 2 the line under it, row 3 is blank, row 4 the header.</summary>
    public const int HeaderRow = 4;

    private readonly List<SheetRow> _rows = [];

    internal PrintableSheet(string name, string title, string? subtitle, IReadOnlyList<SheetColumn> columns)
    {
        if (name.Length is 0 or > 31 || name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0)
        {
            throw new ArgumentException($"'{name}' cannot name an Excel sheet.", nameof(name));
        }

        var printed = columns.TakeWhile(c => c.Printed).Count();
        if (printed == 0 || columns.Skip(printed).Any(c => c.Printed))
        {
            throw new ArgumentException("The printed columns must come first.", nameof(columns));
        }

        Name = name;
        Title = title;
        Subtitle = subtitle;
        Columns = columns;
        PrintedColumns = printed;
    }

    public string Name { get; }

    public string Title { get; }

    public string? Subtitle { get; }

    public IReadOnlyList<SheetColumn> Columns { get; }

    public int PrintedColumns { get; }

    public IReadOnlyList<SheetRow> Rows => _rows;

    /// <summary>A data row, one value per column in order (fewer leaves the rest empty).</summary>
    public void Add(params object?[] cells)
    {
        if (cells.Length > Columns.Count)
        {
            throw new ArgumentException($"{cells.Length} cells for {Columns.Count} columns.", nameof(cells));
        }

        _rows.Add(new SheetRow(SheetRowKind.Data, cells));
    }

    public void Group(string label) => _rows.Add(new SheetRow(SheetRowKind.Group, [label]));

    public void Subtotal(string label) => _rows.Add(new SheetRow(SheetRowKind.Subtotal, [label]));

    public void Total(string label) => _rows.Add(new SheetRow(SheetRowKind.Total, [label]));
}
