namespace HungYen.Bot.Core.Formats;

/// <summary>
/// Text written into a spreadsheet the office opens. A cell starting with =, +, -, @ (or a tab/return) would be run as a
/// formula by Excel; what people typed in chat must never become one, so such text gets a leading apostrophe.
/// </summary>
public static class SpreadsheetCell
{
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }
}
