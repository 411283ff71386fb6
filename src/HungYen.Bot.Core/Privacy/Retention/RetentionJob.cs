namespace HungYen.Bot.Core.Privacy.Retention;

/// <summary>
/// Privacy:RetentionDaysAfterConference days after the conference, every feature's retention policy runs once, in the
/// same transaction as the report to the office (a scheduled message keyed by the conference date: exactly once, and
/// still done if the bot was down that day).
/// </summary>
public sealed class RetentionJob(
    IEnumerable<IRetentionPolicy> policies,
    IOptionsMonitor<PrivacyOptions> privacy,
    ConferenceSchedule conference,
    IOptionsMonitor<OfficeOptions> office,
    LocalTime local) : IScheduleSource
{
    public const string Kind = "retention-purge";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public IEnumerable<PlannedMessage> Plan(DateTimeOffset now)
    {
        if (conference.Current().Start is not { } start || office.CurrentValue.NoticeTargets() is not [var target, ..])
        {
            yield break;
        }

        var due = local.ToInstant(start.Date.AddDays(privacy.CurrentValue.RetentionDaysAfterConference + 1));
        yield return new PlannedMessage($"{Kind}:{start:yyyy-MM-dd}", Kind, target, due, DateTimeOffset.MaxValue)
        {
            RespectsQuietHours = false,
            OwedWhenLate = true, // a conference dated in the past (or a bot down that day) still gets its purge, late
        };
    }

    public string Describe(ScheduledMessage message) => Vi.Retention.Title;

    public IReadOnlyList<OutgoingMessage> Render(ScheduledMessage message, DateTimeOffset now, ChangeSet changes)
    {
        var lines = policies.SelectMany(p => p.Purge(now, changes)).ToList();
        var report = Vi.Retention.Report(privacy.CurrentValue.RetentionDaysAfterConference, lines);
        return [new OutgoingMessage(now - message.DueAt > TimeSpan.FromMinutes(5) ? report + "\n" + Vi.Retention.RanLate(local.FormatDate(message.DueAt)) : report)];
    }
}
