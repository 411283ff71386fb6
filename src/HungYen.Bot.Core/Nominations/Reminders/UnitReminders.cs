using R = HungYen.Bot.Core.Texts.Vi.NominationReminders;

namespace HungYen.Bot.Core.Nominations.Reminders;

/// <summary>
/// Before the nomination deadline (Schedule:UnitReminderOffsets, default 5 days and 1 day) every enrolled staffer of a
/// unit without a submitted nomination is reminded. The key carries the deadline, so a moved deadline re-plans what
/// has not gone out; a unit that submits meanwhile is not reminded.
/// </summary>
public sealed class UnitReminders(IRecordStore store, IOptionsMonitor<ConferenceOptions> conference, IOptionsMonitor<ScheduleOptions> schedule, LocalTime local) : IScheduleSource
{
    public const string Kind = "unit-reminder";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public IEnumerable<PlannedMessage> Plan(DateTimeOffset now)
    {
        if (conference.CurrentValue.NominationDeadline is not { } localDeadline)
        {
            yield break;
        }

        var deadline = local.ToInstant(localDeadline);
        var units = store.Query<Unit>(u => u.Active).ToDictionary(u => u.Id);
        var withNominations = store.Query<Nomination>().Where(n => n.Counts).Select(n => n.UnitCode).ToHashSet();
        foreach (var staff in store.Query<UnitStaff>())
        {
            if (!units.TryGetValue(staff.UnitCode, out var unit) || withNominations.Contains(unit.Id))
            {
                continue;
            }

            foreach (var offset in schedule.CurrentValue.UnitOffsets)
            {
                var key = $"{Kind}:{localDeadline:yyyyMMddHHmm}:{ReminderOffset.Key(offset)}:{staff.Id}";
                yield return new PlannedMessage(key, Kind, ChatAddress.Parse(staff.Id), deadline - offset, deadline)
                {
                    Subject = unit.Id,
                    Detail = ReminderOffset.Key(offset),
                    Series = $"{Kind}:{localDeadline:yyyyMMddHHmm}:{staff.Id}",
                };
            }
        }
    }

    /// <summary>The unit's current name and how long before the deadline.</summary>
    public string Describe(ScheduledMessage message) => Texts.Vi.Reminders.UnitTitle(
        message.Subject is { } code ? store.Find<Unit>(code)?.Name : null,
        ReminderOffset.FromKey(message.Detail) is { } offset ? ReminderOffset.Duration(offset) : null);

    public IReadOnlyList<OutgoingMessage> Render(ScheduledMessage message, DateTimeOffset now, ChangeSet changes)
    {
        if (conference.CurrentValue.NominationDeadline is not { } localDeadline || message.Subject is not { } unitCode
            || store.Query<Nomination>(n => n.UnitCode == unitCode).Any(n => n.Counts))
        {
            return [];
        }

        // Calendar days, so the last day reads "hôm nay" and the one before "ngày mai", never a day rounded up.
        var days = (localDeadline.Date - local.ToLocal(now).Date).Days;
        var name = store.Find<UnitStaff>(message.Recipient)?.Name;
        return [new OutgoingMessage(R.Text(name, NominationCard.UnitName(store, unitCode), local.Format(local.ToInstant(localDeadline)), days))];
    }
}
