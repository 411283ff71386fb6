namespace HungYen.Bot.Core.Scheduling;

/// <summary>
/// How a reminder offset ("3.00:00", "00:25") appears in a scheduled message's key and in its Vietnamese label. Both are
/// exact, so two configured offsets never share a key or a label: whole hours keep the "72h" keys stored before, other
/// offsets are keyed in minutes (or seconds).
/// </summary>
public static class ReminderOffset
{
    public static string Key(TimeSpan offset) =>
        offset.Ticks % TimeSpan.TicksPerHour == 0 ? $"{(long)offset.TotalHours}h"
        : offset.Ticks % TimeSpan.TicksPerMinute == 0 ? $"{(long)offset.TotalMinutes}m"
        : $"{(long)Math.Ceiling(offset.TotalSeconds)}s";

    /// <summary>The offset a <see cref="Key"/> stands for ("72h" → 3 days); null when the text is not such a key.</summary>
    public static TimeSpan? FromKey(string? key) =>
        key is { Length: > 1 } && long.TryParse(key.AsSpan(0, key.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? key[^1] switch { 'h' => TimeSpan.FromHours(n), 'm' => TimeSpan.FromMinutes(n), 's' => TimeSpan.FromSeconds(n), _ => null }
            : null;

    /// <summary>"3 ngày", "2 giờ 20 phút", "25 phút".</summary>
    public static string Duration(TimeSpan offset) => Vi.Reminders.Duration(offset.Days, offset.Hours, offset.Minutes, offset.Seconds);
}
