namespace HungYen.Bot.Core.Summary;

/// <summary>The summary's own parts: days left to each deadline, the state of scheduled messages, and who cannot be reached.</summary>
public sealed class CoreSummarySection(IRecordStore store, IOptionsMonitor<ConferenceOptions> conference, ConferenceSchedule schedule, LocalTime local, ParticipantResolver people) : ISummarySection
{
    public SummaryPart? Write(DateTimeOffset? since, DateTimeOffset now)
    {
        var today = local.ToLocal(now).Date;
        var c = conference.CurrentValue;
        var text = new StringBuilder(Vi.Summary.DeadlinesHeader);
        foreach (var (what, when) in new[] { (Vi.Summary.NominationDeadline, c.NominationDeadline), (Vi.Summary.RsvpDeadline, c.RsvpDeadline), (Vi.Summary.ConferenceStart, schedule.Current().Start) })
        {
            text.Append('\n').Append(when is { } w
                ? Vi.Summary.DaysLeft(what, local.Format(local.ToInstant(w)), (w.Date - today).Days, local.ToInstant(w) <= now)
                : Vi.Summary.NotSet(what));
        }

        var dayStart = local.ToInstant(today);
        var scheduled = store.Query<ScheduledMessage>();
        text.Append("\n\n").Append(Vi.Summary.DeliveryHeader).Append('\n').Append(Vi.Summary.Delivery(
            scheduled.Count(m => m.Status == ScheduleStatus.Planned),
            scheduled.Count(m => m.Status == ScheduleStatus.Sent && m.SentAt >= dayStart),
            scheduled.Count(m => m.Status == ScheduleStatus.Skipped && m.DueAt >= dayStart)));

        var shared = text.ToString(); // without who cannot be reached: their addresses are not for a group
        var unreachable = store.Query<Reachability>(r => r.Unreachable).OrderBy(r => r.Since).ToList();
        if (unreachable.Count > 0)
        {
            text.Append("\n\n").Append(Vi.Summary.UnreachableHeader);
            foreach (var r in unreachable)
            {
                text.Append("\n• ").Append(Vi.Summary.UnreachableLine(people.Describe(r.Id), Vi.Reach.Channel(r.Id), r.OfficeSentence, local.Format(r.Since)));
            }
        }

        return new SummaryPart(900, text.ToString()) { SharedText = shared };
    }
}
