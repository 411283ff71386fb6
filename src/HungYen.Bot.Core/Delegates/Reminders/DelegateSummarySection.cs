using R = HungYen.Bot.Core.Texts.Vi.DelegateReminders;

namespace HungYen.Bot.Core.Delegates.Reminders;

/// <summary>The delegates part of the office's daily summary: counts by answer, who has not answered, the workbook.</summary>
public sealed class DelegateSummarySection(IRecordStore store, IOptionsMonitor<BotOptions> bot) : ISummarySection
{
    public SummaryPart? Write(DateTimeOffset? since, DateTimeOffset now)
    {
        var all = store.Query<Delegate>();
        if (all.Count == 0)
        {
            return null;
        }

        var unreachable = store.Query<Reachability>(r => r.Unreachable).Select(r => r.Id).ToHashSet();
        var text = new StringBuilder(R.SummaryHeader).Append('\n').Append(R.Counts(
            all.Count,
            all.Count(d => d.Status == RsvpStatus.Attending),
            all.Count(d => d.Status == RsvpStatus.Declined),
            all.Count(d => d.Status == RsvpStatus.Substituted),
            all.Count(d => d.Status == RsvpStatus.Pending),
            all.Count(d => d.Status == RsvpStatus.Waiting),
            all.Count(d => d.CheckedInAt is not null),
            all.Count(d => d.Addresses.Any(unreachable.Contains))));
        text.Append('\n').Append(R.NewSince(all.Count(d => d.History.Any(h => since is null || h.At > since))));
        // Nobody reached the bot from these: no reminder can go to them, only a call.
        var neverReached = all.Where(d => d.Addresses.Count == 0 && d.Status is RsvpStatus.Pending or RsvpStatus.Attending).OrderBy(d => d.FullName, NameRules.PersonOrder).ToList();
        if (neverReached.Count > 0)
        {
            text.Append('\n').Append(R.NeverReached(neverReached.Count));
        }

        var withdrawn = all.Where(d => DelegateDirectory.WithdrewConsent(store, d)).OrderBy(d => d.FullName, NameRules.PersonOrder).ToList();
        if (withdrawn.Count > 0)
        {
            text.Append('\n').Append(R.WithdrawnConsent(withdrawn.Count));
        }

        var shared = text.ToString();
        if (withdrawn.Count > 0)
        {
            text.Append('\n').Append(R.WithdrawnConsentNames);
            foreach (var d in withdrawn)
            {
                text.Append("\n• ").Append(d.FullName).Append(" — ").Append(d.Organization);
            }
        }

        var pending = all.Where(d => d.Status == RsvpStatus.Pending).OrderBy(d => d.FullName, NameRules.PersonOrder).ToList();
        if (pending.Count > 0)
        {
            text.Append('\n').Append(R.PendingNames);
            foreach (var d in pending)
            {
                text.Append("\n• ").Append(d.FullName).Append(" — ").Append(d.Organization).Append(" — ").Append(d.Phone);
            }
        }

        if (neverReached.Count > 0)
        {
            text.Append('\n').Append(R.NeverReachedNames);
            foreach (var d in neverReached)
            {
                text.Append("\n• ").Append(d.FullName).Append(" — ").Append(d.Organization).Append(" — ").Append(d.Phone);
            }
        }

        var workbook = DelegateWorkbook.Create(all, bot.CurrentValue.GetTimeZone());
        return new SummaryPart(200, text.ToString()) { Attachment = new OutgoingFile(Texts.Vi.Workbooks.DelegatesFile(Formats.VietnameseDate.ToLocal(now, bot.CurrentValue.GetTimeZone())), workbook), SharedText = shared };
    }
}
