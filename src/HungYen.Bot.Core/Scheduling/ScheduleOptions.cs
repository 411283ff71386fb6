namespace HungYen.Bot.Core.Scheduling;

/// <summary>Section "Schedule": when reminders and the daily summary go out (local time, Bot:TimeZone).</summary>
public sealed class ScheduleOptions : IValidatableObject
{
    public const string Section = "Schedule";

    // Lists start empty and fall back to the defaults: the configuration binder appends to a list, it never replaces one.
    private static readonly TimeSpan[] DefaultDelegateOffsets = [TimeSpan.FromDays(3), TimeSpan.FromDays(1)];
    private static readonly TimeSpan[] DefaultUnitOffsets = [TimeSpan.FromDays(5), TimeSpan.FromDays(1)];

    /// <summary>Reminders to delegates before the conference's start (default 3 days and 1 day).</summary>
    public List<TimeSpan> DelegateReminderOffsets { get; set; } = [];

    /// <summary>Local time of the reminder on the conference day itself; empty for none.</summary>
    public TimeSpan? ConferenceDayReminderAt { get; set; } = TimeSpan.FromHours(7);

    /// <summary>Reminders to units without nominations before the nomination deadline (default 5 days and 1 day).</summary>
    public List<TimeSpan> UnitReminderOffsets { get; set; } = [];

    public IReadOnlyList<TimeSpan> DelegateOffsets => DelegateReminderOffsets.Count > 0 ? DelegateReminderOffsets.Distinct().ToList() : DefaultDelegateOffsets;

    public IReadOnlyList<TimeSpan> UnitOffsets => UnitReminderOffsets.Count > 0 ? UnitReminderOffsets.Distinct().ToList() : DefaultUnitOffsets;

    /// <summary>Local time of the office's daily summary.</summary>
    public TimeSpan DailySummaryAt { get; set; } = TimeSpan.FromHours(17);

    public bool QuietHoursEnabled { get; set; } = true;

    /// <summary>No sends from this local time…</summary>
    public TimeSpan QuietHoursStart { get; set; } = TimeSpan.FromHours(21);

    /// <summary>…until this local time (except on the conference day).</summary>
    public TimeSpan QuietHoursEnd { get; set; } = TimeSpan.FromHours(7);

    /// <summary>How often the scheduler looks for due messages.</summary>
    [Range(1, 3600)]
    public int TickSeconds { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[] { (nameof(DailySummaryAt), DailySummaryAt), (nameof(QuietHoursStart), QuietHoursStart), (nameof(QuietHoursEnd), QuietHoursEnd) })
        {
            if (value < TimeSpan.Zero || value >= TimeSpan.FromDays(1))
            {
                yield return new ValidationResult($"Schedule:{name} must be a time of day between 00:00 and 23:59.", [name]);
            }
        }

        if (DelegateReminderOffsets.Concat(UnitReminderOffsets).Any(o => o <= TimeSpan.Zero))
        {
            yield return new ValidationResult("Schedule:DelegateReminderOffsets and Schedule:UnitReminderOffsets must be positive durations (e.g. \"3.00:00\" for 3 days).", [nameof(DelegateReminderOffsets)]);
        }
    }
}
