using System.Text;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using HungYen.Bot.Core.Time;

namespace HungYen.Bot.Core.Scheduling;

/// <summary>/lich — the office sees the upcoming and recent scheduled messages with their states.</summary>
public sealed class ScheduleCommand(LocalTime local) : IBotCommand
{
    private const int Shown = 15;

    public string Name => "lich";

    public string DescriptionVi => Vi.Schedule.CommandDescription;

    public string DescriptionEn => En.Commands.Schedule;

    public bool AdminOnly => true;

    public bool IsAvailableTo(Participant participant) => participant.IsAdmin;

    public Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var all = turn.Store.Query<ScheduledMessage>();
        var upcoming = all.Where(m => m.Status == ScheduleStatus.Planned).OrderBy(m => m.DueAt).Take(Shown);
        var recent = all.Where(m => m.Status != ScheduleStatus.Planned).OrderByDescending(m => m.SentAt ?? m.DueAt).Take(Shown);
        var text = new StringBuilder(Vi.Schedule.ListHeader).Append("\n\n").Append(Vi.Schedule.Upcoming).Append('\n');
        AppendLines(text, upcoming);
        text.Append('\n').Append(Vi.Schedule.Recent).Append('\n');
        AppendLines(text, recent);
        turn.Say(text.ToString().TrimEnd());
        return Task.CompletedTask;
    }

    private void AppendLines(StringBuilder text, IEnumerable<ScheduledMessage> messages)
    {
        var any = false;
        foreach (var m in messages)
        {
            any = true;
            text.Append("• ").Append(local.Format(m.DueAt)).Append(" — ").Append(m.Title).Append(" → ").Append(m.Recipient)
                .Append(" [").Append(Vi.Schedule.Status(m.Status)).Append(']');
            if (m.Reason is { } reason)
            {
                text.Append(" (").Append(reason).Append(')');
            }

            text.Append('\n');
        }

        if (!any)
        {
            text.Append(Vi.Schedule.None).Append('\n');
        }
    }
}
