namespace HungYen.Bot.Core.Scheduling;

/// <summary>/lich — the office sees the upcoming and recent scheduled messages with their states.</summary>
public sealed class ScheduleCommand(LocalTime local, ParticipantResolver people, ScheduleTitles titles) : OfficeCommand
{
    private const int Shown = 15;

    public override CommandCard Card { get; } = CommandCard.Office("lich", Vi.Schedule.CommandDescription, En.Commands.Schedule);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var all = turn.Store.Query<ScheduledMessage>();
        var upcoming = all.Where(m => m.Status == ScheduleStatus.Planned).OrderBy(m => m.DueAt).ToList();
        var recent = all.Where(m => m.Status != ScheduleStatus.Planned).OrderByDescending(m => m.SentAt ?? m.DueAt).ToList();
        var text = new StringBuilder(Vi.Schedule.ListHeader).Append("\n\n").Append(Heading(Vi.Schedule.Upcoming, upcoming.Count)).Append('\n');
        AppendLines(text, upcoming.Take(Shown), turn.Now);
        text.Append('\n').Append(Heading(Vi.Schedule.Recent, recent.Count)).Append('\n');
        AppendLines(text, recent.Take(Shown), turn.Now);
        turn.Say(text.ToString().TrimEnd());
        return Task.CompletedTask;
    }

    /// <summary>"Sắp gửi (15 trên tổng số 40):" when the list is cut, else the heading as it is.</summary>
    private static string Heading(string heading, int total) => total > Shown ? heading.TrimEnd(':') + Vi.Schedule.Cut(Shown, total) + ":" : heading;

    private void AppendLines(StringBuilder text, IEnumerable<ScheduledMessage> messages, DateTimeOffset now)
    {
        var any = false;
        foreach (var m in messages)
        {
            any = true;
            text.Append("• ").Append(local.Format(m.DueAt)).Append(" — ").Append(titles.Of(m)).Append(" → ").Append(people.Describe(m.Recipient))
                .Append(" [").Append(m.Status == ScheduleStatus.Sent && m.SentAt is { } sentAt ? Vi.Schedule.SentAt(local.Format(sentAt)) : Vi.Schedule.Status(m.Status)).Append(']');
            if (m.Reason is { } reason)
            {
                text.Append(" (").Append(Vi.Schedule.Reason(reason)).Append(')');
            }
            else if (m.Status == ScheduleStatus.Planned && m.DueAt <= now && m.HeldSince is { } held)
            {
                text.Append(" (").Append(Vi.Schedule.WaitingSince(local.Format(held))).Append(')');
            }

            text.Append('\n');
        }

        if (!any)
        {
            text.Append(Vi.Schedule.None).Append('\n');
        }
    }
}
