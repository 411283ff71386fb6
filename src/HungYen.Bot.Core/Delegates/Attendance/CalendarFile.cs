using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Calendar = Ical.Net.Calendar;
using T = HungYen.Bot.Core.Texts.Vi.ConferenceChange;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>
/// The .ics a delegate gets after confirming (and again when the date or venue changes), valid RFC 5545: the bot's
/// time zone as a VTIMEZONE with its STANDARD rule, so phones show the right local time; the programme and the
/// office's contact in DESCRIPTION; an alarm the day before; SEQUENCE grows with every change so calendars update
/// the entry they already have (same UID) rather than adding a second one.
/// </summary>
public static class CalendarFile
{
    public const string FileName = "hoi-nghi.ics";

    /// <summary>Alarm offset: one day before the start.</summary>
    public static readonly TimeSpan AlarmBefore = TimeSpan.FromDays(1);

    private static readonly DateTime ZoneRulesFrom = new(2000, 1, 1);

    /// <summary>Null while the date is not set yet.</summary>
    public static byte[]? Create(ConferenceFacts facts, int durationMinutes, string timeZoneId, string uid, string description, DateTimeOffset now)
    {
        if (facts.Start is not { } start)
        {
            return null;
        }

        var calendar = new Calendar { Method = "PUBLISH" };
        // Ical.Net reads the zone's rules from a fixed past date up to the machine's clock: a date before any run keeps
        // it deterministic and valid when the conference lies beyond today.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(timeZoneId, ZoneRulesFrom, includeHistoricalData: false));
        var entry = new CalendarEvent
        {
            Uid = uid,
            Sequence = facts.Sequence,
            Summary = facts.Title,
            Location = facts.Venue,
            Description = description,
            DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
            DtStart = new CalDateTime(start, timeZoneId),
            DtEnd = new CalDateTime(start.AddMinutes(durationMinutes), timeZoneId),
        };
        entry.Alarms.Add(new Alarm
        {
            Action = AlarmAction.Display,
            Description = T.CalendarAlarm(facts.Title),
            Trigger = new Trigger(Duration.FromTimeSpanExact(-AlarmBefore)),
        });
        calendar.Events.Add(entry);
        return System.Text.Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }

    /// <summary>DESCRIPTION: the programme, one item a line, then who to contact.</summary>
    public static string Description(IReadOnlyList<string> programme, OfficeOptions office) =>
        T.CalendarDescription(programme, office.Name, office.Phone);

    /// <summary>The same UID in every file a person gets, so an update replaces the entry.</summary>
    public static string Uid(Delegate attendee) => $"{attendee.Id}@hungyen-bot";
}
