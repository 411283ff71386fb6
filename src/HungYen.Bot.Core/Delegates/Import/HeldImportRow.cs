namespace HungYen.Bot.Core.Delegates.Import;

/// <summary>
/// A row of an imported list that names a delegate who erased their data: kept aside, not imported, until the office
/// links it to that delegate (/daibieu_gan) or makes it a new one (/daibieu_moi). Id is the erased delegate's id.
/// </summary>
public sealed class HeldImportRow : Record
{
    public int RowNumber { get; set; }

    public string FullName { get; set; } = "";

    public string Position { get; set; } = "";

    public string Organization { get; set; } = "";

    public string Phone { get; set; } = "";

    public string? Group { get; set; }

    public string? Note { get; set; }

    public string? ListNumber { get; set; }

    public int ListOrder { get; set; }

    public static HeldImportRow Of(string delegateId, ListRow row, string phone, int order) => new()
    {
        Id = delegateId,
        RowNumber = row.RowNumber,
        FullName = row.Get(ListColumn.FullName),
        Position = row.Get(ListColumn.Position),
        Organization = row.Get(ListColumn.Organization),
        Phone = phone,
        Group = Blank(row.Get(ListColumn.Group)),
        Note = Blank(row.Get(ListColumn.Note)),
        ListNumber = Blank(row.Get(ListColumn.Number)),
        ListOrder = order,
    };

    /// <summary>Writes the row onto <paramref name="delegate"/>, as an import would.</summary>
    public void ApplyTo(Delegate @delegate)
    {
        @delegate.FullName = FullName;
        @delegate.Position = Position;
        @delegate.Organization = Organization;
        @delegate.Phone = Phone;
        @delegate.Group = Group;
        @delegate.Note = Note;
        @delegate.ListNumber = ListNumber;
        @delegate.ListOrder = ListOrder;
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
