using System.Globalization;
using HungYen.Bot.Core.Options;
using Microsoft.Extensions.Options;

namespace HungYen.Bot.Core.Time;

/// <summary>Converts between stored UTC instants and the office's local time (Bot:TimeZone), and writes them the Vietnamese way.</summary>
public sealed class LocalTime(IOptionsMonitor<BotOptions> bot)
{
    private static readonly string[] Weekdays = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    public TimeZoneInfo Zone => bot.CurrentValue.GetTimeZone();

    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public DateTimeOffset ToInstant(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>"dd/MM/yyyy HH:mm" in local time.</summary>
    public string Format(DateTimeOffset instant) => ToLocal(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"dd/MM/yyyy" in local time.</summary>
    public string FormatDate(DateTimeOffset instant) => ToLocal(instant).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"08:00, Thứ Sáu, ngày 18/12/2026".</summary>
    public static string Long(DateTime local) =>
        $"{local.ToString("HH:mm", CultureInfo.InvariantCulture)}, {Weekdays[(int)local.DayOfWeek]}, ngày {local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";

    public static string Weekday(DateTime local) => Weekdays[(int)local.DayOfWeek];
}
