using R = HungYen.Bot.Core.Texts.Vi.DelegateReminders;

namespace HungYen.Bot.Core.Delegates.Reminders;

/// <summary>
/// Reminders to delegates who reached the bot: at Schedule:DelegateReminderOffsets before the start (3 days and 1 day by
/// default) and at Schedule:ConferenceDayReminderAt on the day. Those attending get the time, venue and their check-in
/// QR; those who have not answered are asked to answer. The key carries the conference start, so a moved conference
/// re-plans what has not gone out; each goes to the channel the delegate last used.
/// </summary>
public sealed class DelegateReminders(
    IRecordStore store,
    ConferenceSchedule conference,
    IOptionsMonitor<ScheduleOptions> schedule,
    IOptionsMonitor<BotOptions> bot,
    IOptionsMonitor<OfficeOptions> office,
    LocalTime local) : ConferenceStartSource(Kind, conference, local)
{
    public const string Kind = "delegate-reminder";

    /// <summary>Its <see cref="ScheduledMessage.Detail"/> for the conference morning's reminder (an offset's key otherwise).</summary>
    private const string MorningKey = "day";

    protected override IEnumerable<PlannedMessage> Plan(DateTimeOffset now, DateTime localStart, DateTimeOffset start)
    {
        var moments = schedule.CurrentValue.DelegateOffsets.Select(o => (Key: ReminderOffset.Key(o), Due: start - o, Quiet: true)).ToList();
        if (schedule.CurrentValue.ConferenceDayReminderAt is { } dayAt && Local.ToInstant(localStart.Date + dayAt) < start)
        {
            moments.Add((MorningKey, Local.ToInstant(localStart.Date + dayAt), false));
        }

        foreach (var d in store.Query<Delegate>().Where(d => d.Addresses.Count > 0 && d.Status is RsvpStatus.Pending or RsvpStatus.Attending))
        {
            foreach (var (key, due, quiet) in moments)
            {
                yield return new PlannedMessage(Key(localStart, $"{key}:{d.Id}"), Kind, ChatAddress.Parse(d.Addresses[^1]), due, start)
                {
                    Subject = d.Id,
                    Detail = key,
                    RespectsQuietHours = quiet,
                    Series = Key(localStart, d.Id),
                };
            }
        }
    }

    /// <summary>The delegate's current name (none once removed or erased) and the moment the reminder is for.</summary>
    public override string Describe(ScheduledMessage message) => R.Title(
        DelegateDirectory.NameNow(store, message.Subject),
        message.Detail == MorningKey ? Texts.Vi.Reminders.ConferenceMorning
        : ReminderOffset.FromKey(message.Detail) is { } offset ? Texts.Vi.Reminders.BeforeConference(ReminderOffset.Duration(offset)) : null);

    public override IReadOnlyList<OutgoingMessage> Render(ScheduledMessage message, DateTimeOffset now, ChangeSet changes)
    {
        var facts = Conference.Current();
        if (message.Subject is not { } id || store.Find<Delegate>(id) is not { } d || facts.Start is not { } start)
        {
            return [];
        }

        var time = VietnameseDate.Full(start);
        var when = Texts.Vi.Reminders.ConferenceWhen((start.Date - Local.ToLocal(now).Date).Days); // the morning-of reminder says "hôm nay"
        return d.Status switch
        {
            RsvpStatus.Attending =>
            [
                new OutgoingMessage(R.Attending(d.FullName, facts.Title, when, time, facts.Venue)),
                new OutgoingMessage(R.QrCaption) { File = new OutgoingFile("ma-diem-danh.png", DelegateLinks.QrPng(DelegateLinks.CheckInPayload(d, bot.CurrentValue)), IsPhoto: true) },
            ],
            // After the answer deadline the bot no longer takes an answer: say what is still possible instead.
            RsvpStatus.Pending when facts.RsvpDeadline is { } deadline && Local.ToLocal(now) > deadline =>
                [new OutgoingMessage(Texts.Vi.Seats.PendingAfterDeadline(facts.Title, time, VietnameseDate.DateTime(deadline), office.CurrentValue.Name, office.CurrentValue.Phone))],
            RsvpStatus.Pending => [new OutgoingMessage(R.Pending(d.FullName, facts.Title, when, time, facts.Venue)) { Choices = [new Choice(R.AnswerNow, "/giaymoi")] }],
            _ => [],
        };
    }
}
