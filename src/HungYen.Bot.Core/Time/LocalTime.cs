namespace HungYen.Bot.Core.Time;

/// <summary>Converts between stored UTC instants and the office's local time (Bot:TimeZone); <see cref="VietnameseDate"/> writes them.</summary>
public sealed class LocalTime(IOptionsMonitor<BotOptions> bot)
{
    public TimeZoneInfo Zone => bot.CurrentValue.GetTimeZone();

    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public DateTimeOffset ToInstant(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>"dd/MM/yyyy HH:mm" in local time.</summary>
    public string Format(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        return $"{VietnameseDate.Date(local)} {VietnameseDate.Time(local)}";
    }

    /// <summary>"dd/MM/yyyy" in local time.</summary>
    public string FormatDate(DateTimeOffset instant) => VietnameseDate.Date(ToLocal(instant));
}
