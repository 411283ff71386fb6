namespace HungYen.Bot.Core.Scheduling;

/// <summary>
/// Keeps the planned messages in line with what the sources want, and sends those that are due: exactly once (the
/// message turns Sent in the transaction that queues it), never in quiet hours unless allowed (nor held back by them
/// on the conference day), late after a restart while still useful, otherwise skipped and reported to the office.
/// Of a series due at once (a delegate's 3-day and 1-day reminders after two days of downtime) only the latest goes.
/// </summary>
public sealed class Scheduler(
    IRecordStore store,
    IEnumerable<IScheduleSource> sources,
    IOptionsMonitor<ScheduleOptions> options,
    IOptionsMonitor<OfficeOptions> office,
    ConferenceSchedule conference,
    LocalTime local,
    OutboxSignal signal,
    ScheduleTitles titles,
    ParticipantResolver people,
    TimeProvider clock,
    ILogger<Scheduler> logger)
{
    /// <summary>A plan first seen this long after its due time was never owed (e.g. a 3-day reminder for a conference set 2 days ahead).</summary>
    private static readonly TimeSpan LateFirstPlanGrace = TimeSpan.FromMinutes(5);

    private readonly IReadOnlyList<IScheduleSource> _sources = [.. sources];
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>Test seam: runs between a due message's preparation (its source's reads and writes) and its commit.</summary>
    internal Action<ScheduledMessage>? BeforeCommit { get; set; }

    /// <summary>Plans, sends what is due, reports what was skipped. Returns how many messages were sent.</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken)
    {
        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = clock.GetUtcNow();
            foreach (var source in _sources)
            {
                Replan(source, now);
            }

            var sent = SendDue(now);
            ReportSkipped();
            if (sent > 0)
            {
                signal.Notify();
            }

            return sent;
        }
        finally
        {
            _running.Release();
        }
    }

    private void Replan(IScheduleSource source, DateTimeOffset now)
    {
        var wanted = source.Plan(now).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First());
        var changes = new ChangeSet();
        foreach (var plan in wanted.Values)
        {
            var existing = store.Find<ScheduledMessage>(plan.Key);
            if (existing is null)
            {
                if (plan.DueAt >= now - LateFirstPlanGrace || plan.OwedWhenLate)
                {
                    changes.Upsert(FromPlan(plan, new ScheduledMessage { Id = plan.Key }));
                }
            }
            else if (existing.Status == ScheduleStatus.Planned && Differs(existing, plan))
            {
                changes.Upsert(FromPlan(plan, existing));
            }
            else if (existing.Status == ScheduleStatus.Cancelled && plan.DueAt >= now)
            {
                existing.Status = ScheduleStatus.Planned;
                existing.Reason = null;
                changes.Upsert(FromPlan(plan, existing));
            }
        }

        foreach (var kind in source.Kinds)
        {
            foreach (var stale in store.Query<ScheduledMessage>(m => m.Kind == kind && m.Status == ScheduleStatus.Planned).Where(m => !wanted.ContainsKey(m.Id)))
            {
                stale.Status = ScheduleStatus.Cancelled;
                stale.Reason = nameof(SkipReason.PlanChanged);
                changes.Upsert(stale);
            }
        }

        store.Commit(changes);
    }

    private int SendDue(DateTimeOffset now)
    {
        var sent = 0;
        var due = store.Query<ScheduledMessage>(m => m.Status == ScheduleStatus.Planned && m.DueAt <= now).OrderBy(m => m.DueAt).ToList();
        var latestOfSeries = due.Where(m => m.Series is not null).GroupBy(m => m.Series!).ToDictionary(g => g.Key, g => g.MaxBy(m => m.DueAt)!.Id);
        var quiet = IsQuiet(now);
        foreach (var message in due)
        {
            var changes = new ChangeSet();
            if (message.Series is { } series && latestOfSeries[series] != message.Id)
            {
                message.Status = ScheduleStatus.Skipped;
                message.Reason = nameof(SkipReason.Superseded);
                message.Reported = true; // the later one of the series goes out (or is reported itself)
            }
            else if (now > message.LatestUseful)
            {
                message.Status = ScheduleStatus.Skipped;
                message.Reason = message.HeldSince is null ? nameof(SkipReason.SkippedWhileDown) : nameof(SkipReason.SkippedAfterQuietHours);
                logger.LogWarning("Scheduled message {Key} fell due at {Due} and is no longer useful: skipped", message.Id, message.DueAt);
            }
            else if (ConsentGate.HasWithdrawn(store, ChatAddress.Parse(message.Recipient)))
            {
                message.Status = ScheduleStatus.Skipped;
                message.Reason = nameof(SkipReason.Withdrawn);
                message.Reported = true;
            }
            else if (message.RespectsQuietHours && quiet)
            {
                if (message.HeldSince is null)
                {
                    message.HeldSince = now; // shown in /lich as the reason it waits
                    changes.Upsert(message);
                    store.Commit(changes);
                }

                continue; // goes out when the quiet hours end, if still useful then
            }
            else
            {
                var source = _sources.FirstOrDefault(s => s.Kinds.Contains(message.Kind));
                var read = store.WriteStamp;
                changes.ReadStamp = read;
                var outgoing = source?.Render(message, now, changes) ?? [];
                changes.ExpectWrittenUnchangedSince(read); // a record the source changes (a lapsed seat offer) never overwrites an answer given meanwhile
                if (outgoing.Count == 0)
                {
                    message.Status = ScheduleStatus.Skipped;
                    message.Reason = nameof(SkipReason.NoLongerNeeded);
                    message.Reported = true; // nothing the office must act on
                }
                else
                {
                    var to = ChatAddress.Parse(message.Recipient);
                    foreach (var part in outgoing)
                    {
                        changes.Send(to, part, now, bulk: true);
                    }

                    message.Status = ScheduleStatus.Sent;
                    message.SentAt = now;
                }
            }

            changes.Upsert(message);
            BeforeCommit?.Invoke(message);
            try
            {
                store.Commit(changes);
                sent += message.Status == ScheduleStatus.Sent ? 1 : 0;
            }
            catch (RecordsChangedException)
            {
                // Someone acted on the same records while the message was prepared: it stays planned and is prepared
                // again from what they did at the next tick (the source then finds it no longer needed, or still due).
                logger.LogInformation("Scheduled message {Key}: its records changed while it was prepared; prepared again at the next tick", message.Id);
            }
        }

        return sent;
    }

    private void ReportSkipped()
    {
        var skipped = store.Query<ScheduledMessage>(m => m.Status == ScheduleStatus.Skipped && !m.Reported).OrderBy(m => m.DueAt).ToList();
        if (skipped.Count == 0)
        {
            return;
        }

        var report = Vi.Schedule.SkippedReport(skipped.Select(m => $"• {local.Format(m.DueAt)} — {titles.Of(m)} → {people.Describe(m.Recipient)}: {Vi.Schedule.Reason(m.Reason)}"));
        var changes = new ChangeSet();
        var now = clock.GetUtcNow();
        foreach (var target in office.CurrentValue.NoticeTargets())
        {
            changes.Send(target, new OutgoingMessage(report), now, bulk: true);
        }

        foreach (var message in skipped)
        {
            message.Reported = true;
            changes.Upsert(message);
        }

        store.Commit(changes);
    }

    private bool IsQuiet(DateTimeOffset now)
    {
        var o = options.CurrentValue;
        if (!o.QuietHoursEnabled)
        {
            return false;
        }

        var localNow = local.ToLocal(now);
        if (conference.Current().Start is { } start && start.Date == localNow.Date)
        {
            return false; // on the conference day nothing waits for the morning
        }

        var time = localNow.TimeOfDay;
        return o.QuietHoursStart <= o.QuietHoursEnd
            ? time >= o.QuietHoursStart && time < o.QuietHoursEnd
            : time >= o.QuietHoursStart || time < o.QuietHoursEnd;
    }

    private static bool Differs(ScheduledMessage existing, PlannedMessage plan) =>
        existing.DueAt != plan.DueAt || existing.LatestUseful != plan.LatestUseful || existing.Recipient != plan.Recipient.ToString()
        || existing.Subject != plan.Subject || existing.Detail != plan.Detail || existing.Title is not null // a sentence stored before titles were codes: cleared once
        || existing.RespectsQuietHours != plan.RespectsQuietHours || existing.Series != plan.Series;

    private static ScheduledMessage FromPlan(PlannedMessage plan, ScheduledMessage target)
    {
        target.Kind = plan.Kind;
        target.Recipient = plan.Recipient.ToString();
        target.Subject = plan.Subject;
        target.Detail = plan.Detail;
        target.Title = null;
        target.DueAt = plan.DueAt;
        target.LatestUseful = plan.LatestUseful;
        target.RespectsQuietHours = plan.RespectsQuietHours;
        target.Series = plan.Series;
        return target;
    }
}
