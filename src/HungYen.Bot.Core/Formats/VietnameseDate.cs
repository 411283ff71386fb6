namespace HungYen.Bot.Core.Formats;

/// <summary>Dates as Vietnamese readers expect them: "08:00, Thứ Sáu, ngày 18/12/2026".</summary>
public static class VietnameseDate
{
    public static string Weekday(DateTime local) => Texts.Vi.Dates.Weekdays[(int)local.DayOfWeek];

    /// <summary>Time, weekday and date, as on a Giấy mời.</summary>
    public static string Full(DateTime local) =>
        Texts.Vi.Dates.Full(Time(local), Weekday(local), Date(local));

    public static string Date(DateTime local) => local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Time(DateTime local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string DateTime(DateTime local) => Texts.Vi.Dates.TimeAndDate(Time(local), Date(local));

    /// <summary>A UTC moment shown in the bot's zone.</summary>
    public static DateTime ToLocal(DateTimeOffset moment, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(moment, zone).DateTime;

    /// <summary>Parses "18/12/2026 08:00" (also "18/12/2026 8h00", "8:00 18/12/2026").</summary>
    public static bool TryParseDateTime(string text, out DateTime local)
    {
        var parts = text.Replace('h', ':').Replace('H', ':').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        local = default;
        if (parts.Length != 2)
        {
            return false;
        }

        string[] formats = ["d/M/yyyy H:mm", "d/M/yyyy H:"];
        foreach (var candidate in new[] { $"{parts[0]} {parts[1]}", $"{parts[1]} {parts[0]}" })
        {
            if (System.DateTime.TryParseExact(candidate, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
            {
                return true;
            }
        }

        return false;
    }
}
