using HungYen.Bot.Core.Delegates.Awardees;
using T = HungYen.Bot.Core.Texts.Vi.Ceremony;

namespace HungYen.Bot.Core.Awards.Ceremony;

/// <summary>
/// Ceremony:MissingAwardeesNoticeMinutes before the Hội nghị starts, the office is told which awardees (or the
/// substitutes they sent) have not checked in yet, with their phone, so someone can call them or name a receiver in
/// time; nothing is sent when all have arrived. Each awardee's arrival is told live by the check-in desk.
/// </summary>
public sealed class MissingAwardeesNotice(
    IRecordStore store,
    ConferenceSchedule conference,
    IOptionsMonitor<CeremonyOptions> ceremony,
    IOptionsMonitor<OfficeOptions> office,
    LocalTime local) : ConferenceStartSource(Kind, conference, local)
{
    public const string Kind = "awardees-missing";

    protected override IEnumerable<PlannedMessage> Plan(DateTimeOffset now, DateTime localStart, DateTimeOffset start)
    {
        if (!DelegateDirectory.All(store).Any(d => d.AwardeeFor is not null))
        {
            yield break;
        }

        var due = start - TimeSpan.FromMinutes(ceremony.CurrentValue.MissingAwardeesNoticeMinutes);
        foreach (var target in office.CurrentValue.NoticeTargets())
        {
            yield return new PlannedMessage(Key(localStart, target.ToString()), Kind, target, due, start + TimeSpan.FromHours(2))
            {
                RespectsQuietHours = false,
            };
        }
    }

    public override string Describe(ScheduledMessage message) => T.MissingNoticeTitle;

    public override IReadOnlyList<OutgoingMessage> Render(ScheduledMessage message, DateTimeOffset now, ChangeSet changes)
    {
        var missing = AwardeePresence.Missing(DelegateDirectory.All(store));
        if (missing.Count == 0 || Conference.Current().Start is not { } start)
        {
            return [];
        }

        return [new OutgoingMessage(T.MissingBeforeStart(
            VietnameseDate.Time(Local.ToLocal(now)),
            VietnameseDate.Time(start),
            [.. missing.Select(d => T.MissingLine(d.FullName, d.Position, d.Organization, d.Phone))]))];
    }
}
