namespace HungYen.Bot.Core.Export;

/// <summary>
/// Keeps spreadsheet cells from being read as formulas (CSV/formula injection): a text starting with = + - @ or a
/// tab/carriage return gets a leading apostrophe, as OWASP recommends.
/// </summary>
public static class SafeCell
{
    public static string Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? "";
}
