namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>The words around a date (<see cref="Formats.VietnameseDate"/> formats the numbers: dd/MM/yyyy, HH:mm).</summary>
    public static class Dates
    {
        /// <summary>By <see cref="DayOfWeek"/>: Sunday first.</summary>
        public static readonly IReadOnlyList<string> Weekdays = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

        public static string Full(string time, string weekday, string date) => $"{time}, {weekday}, ngày {date}";

        public static string TimeAndDate(string time, string date) => $"{time} ngày {date}";
    }
}
