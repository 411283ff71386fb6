namespace HungYen.Bot.Core.Conference;

/// <summary>
/// A planner whose messages hang on the Hội nghị's start (the delegates' reminders, the office's notice of awardees not
/// yet arrived): it plans nothing until the start is known, and each key it makes carries that start (<see cref="Key"/>),
/// so a moved conference re-plans what has not gone out.
/// </summary>
public abstract class ConferenceStartSource(string kind, ConferenceSchedule conference, LocalTime local) : IScheduleSource
{
    public IReadOnlyCollection<string> Kinds { get; } = [kind];

    protected ConferenceSchedule Conference => conference;

    protected LocalTime Local => local;

    public IEnumerable<PlannedMessage> Plan(DateTimeOffset now) =>
        conference.Current().Start is { } localStart ? Plan(now, localStart, local.ToInstant(localStart)) : [];

    /// <summary>The messages to plan for a conference starting at <paramref name="localStart"/> (Hà Nội time), that is <paramref name="start"/>.</summary>
    protected abstract IEnumerable<PlannedMessage> Plan(DateTimeOffset now, DateTime localStart, DateTimeOffset start);

    public abstract IReadOnlyList<OutgoingMessage> Render(ScheduledMessage message, DateTimeOffset now, ChangeSet changes);

    public abstract string Describe(ScheduledMessage message);

    /// <summary>A message key of this source for the conference starting at <paramref name="localStart"/>.</summary>
    protected string Key(DateTime localStart, string rest) => $"{kind}:{localStart:yyyyMMddHHmm}:{rest}";
}
