using HungYen.Bot.Core.Conference;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>The .ics a delegate gets after confirming, in the bot's time zone, so phones show the right local time.</summary>
public static class CalendarFile
{
    public const string FileName = "hoi-nghi.ics";

    /// <summary>Null while the date is not set yet.</summary>
    public static byte[]? Create(ConferenceFacts facts, int durationMinutes, string timeZoneId, string uid)
    {
        if (facts.Start is not { } start)
        {
            return null;
        }

        var calendar = new Calendar();
        calendar.AddTimeZone(new VTimeZone(timeZoneId));
        calendar.Events.Add(new CalendarEvent
        {
            Uid = uid,
            Summary = facts.Title,
            Location = facts.Venue,
            DtStart = new CalDateTime(start, timeZoneId),
            DtEnd = new CalDateTime(start.AddMinutes(durationMinutes), timeZoneId),
        });
        return System.Text.Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }
}
