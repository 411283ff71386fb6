namespace HungYen.Bot.Core.Summary;

/// <summary>
/// The office's daily summary: planned once per local day at Schedule:DailySummaryAt (its key is the date, so a restart
/// never sends a day's summary twice), made of the features' sections, with their workbooks attached.
/// </summary>
public sealed class DailySummary(
    IEnumerable<ISummarySection> sections,
    IOptionsMonitor<ScheduleOptions> schedule,
    IOptionsMonitor<OfficeOptions> office,
    LocalTime local,
    Storage.IRecordStore store,
    ChannelRegistry channels) : IScheduleSource
{
    public const string Kind = "daily-summary";

    /// <summary>How the day a summary reports is kept in <see cref="ScheduledMessage.Detail"/>.</summary>
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>A summary sent this long after its due time says it is late.</summary>
    private static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(5);

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public IEnumerable<PlannedMessage> Plan(DateTimeOffset now)
    {
        var today = local.ToLocal(now).Date;
        foreach (var day in new[] { today, today.AddDays(1) })
        {
            var due = local.ToInstant(day + schedule.CurrentValue.DailySummaryAt);
            foreach (var target in office.CurrentValue.NoticeTargets())
            {
                yield return new PlannedMessage($"{Kind}:{day:yyyy-MM-dd}:{target}", Kind, target, due, local.ToInstant(day.AddDays(1)))
                {
                    Detail = day.ToString(DayFormat, CultureInfo.InvariantCulture),
                    RespectsQuietHours = false,
                };
            }
        }
    }

    /// <summary>"Báo cáo tổng hợp hằng ngày 24/11/2026": the day it reports.</summary>
    public string Describe(ScheduledMessage message) =>
        DateTime.TryParseExact(message.Detail, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? $"{Vi.Summary.Title} {VietnameseDate.Date(day)}" : Vi.Summary.Title;

    public IReadOnlyList<OutgoingMessage> Render(ScheduledMessage message, DateTimeOffset now, Storage.ChangeSet changes)
    {
        var since = LastSent(now, message.Recipient);
        // A group summary chat gets no lists of names or phone numbers and no workbooks, unless configured (issue 14).
        var recipient = ChatAddress.Parse(message.Recipient);
        var shared = channels.Find(recipient.Channel)?.IsSharedChat(recipient.Id) == true && !office.CurrentValue.ExportsToSharedChat;
        return Compose(since, now, shared, lateFrom: now - message.DueAt > LateAfter ? message.DueAt : null);
    }

    /// <summary>When the last scheduled summary actually went out (to <paramref name="recipient"/>, or to anyone); null when none has.</summary>
    public DateTimeOffset? LastSent(DateTimeOffset now, string? recipient = null) =>
        store.Query<ScheduledMessage>(m => m.Kind == Kind && m.Status == ScheduleStatus.Sent)
            .Where(m => recipient is null || m.Recipient == recipient).Select(m => m.SentAt).Where(t => t < now).Max();

    /// <summary>
    /// The summary as of <paramref name="now"/>: one text, then each attached workbook (none for a group). What changed
    /// after <paramref name="since"/> (the last summary sent) is "new"; <paramref name="lateFrom"/> is the due time of a late one.
    /// </summary>
    public IReadOnlyList<OutgoingMessage> Compose(DateTimeOffset? since, DateTimeOffset now, bool forSharedChat = false, DateTimeOffset? lateFrom = null)
    {
        var parts = sections.Select(s => s.Write(since, now)).OfType<SummaryPart>().OrderBy(p => p.Order).ToList();
        var text = new StringBuilder(Vi.Summary.Header(office.CurrentValue.Name, local.Format(now)));
        if (lateFrom is { } due)
        {
            text.Append('\n').Append(Vi.Summary.Late(local.Format(due)));
        }

        text.Append('\n').Append(since is { } s ? Vi.Summary.Since(local.Format(s)) : Vi.Summary.FirstSummary);
        foreach (var part in parts)
        {
            text.Append("\n\n").Append((forSharedChat ? part.SharedText ?? part.Text : part.Text).TrimEnd());
        }

        if (forSharedChat)
        {
            text.Append("\n\n").Append(Vi.SharedChatSummaryNote).Append("\n\n").Append(Vi.Summary.Closing);
            return [new OutgoingMessage(text.ToString())];
        }

        text.Append("\n\n").Append(Vi.Summary.Closing);
        var messages = new List<OutgoingMessage> { new(text.ToString()) };
        messages.AddRange(parts.Where(p => p.Attachment is not null).Select(p => new OutgoingMessage(p.Attachment!.FileName) { File = p.Attachment }));
        return messages;
    }
}
