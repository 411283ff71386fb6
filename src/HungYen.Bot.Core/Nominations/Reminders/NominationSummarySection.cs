using R = HungYen.Bot.Core.Texts.Vi.NominationReminders;

namespace HungYen.Bot.Core.Nominations.Reminders;

/// <summary>The nominations part of the office's daily summary, with the compiled workbook attached.</summary>
public sealed class NominationSummarySection(IRecordStore store, Quota quota, NominationExport export, Time.LocalTime local) : ISummarySection
{
    public SummaryPart? Write(DateTimeOffset? since, DateTimeOffset now)
    {
        var all = store.Query<Nomination>();
        var counted = all.Where(n => n.Counts).ToList();
        var text = new StringBuilder(R.SummaryHeader).Append('\n');
        text.Append(R.Totals(counted.Count, all.Count(n => n.AwaitingReview))).Append('\n');
        text.Append(string.Join('\n', quota.Lines(store))).Append('\n').Append(Texts.Vi.Dossier.QuotaRange(quota.Min, quota.Max)).Append('\n');
        var changed = all.Where(n => since is null || n.UpdatedAt > since).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        text.Append(R.NewSince([.. changed.Where(n => n.Counts).Select(n => n.Id)], [.. changed.Where(n => !n.Counts).Select(n => n.Id)])).Append('\n');
        text.Append(R.ByUnit);
        var perUnit = counted.GroupBy(n => n.UnitCode).ToDictionary(g => g.Key, g => g.Count());
        var units = store.Query<Unit>(u => u.Active);
        foreach (var unit in units.OrderBy(u => perUnit.GetValueOrDefault(u.Id)).ThenBy(u => u.Order).ThenBy(u => u.Id))
        {
            text.Append('\n').Append(R.UnitLine(unit.Name, perUnit.GetValueOrDefault(unit.Id)));
        }

        // Units nobody enrolled for can never be reminded by the bot: the office must call them.
        var enrolled = store.Query<UnitStaff>().Select(s => s.UnitCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unreachable = units.Where(u => !enrolled.Contains(u.Id)).OrderBy(u => u.Order).ThenBy(u => u.Id).Select(u => u.Name).ToList();
        if (unreachable.Count > 0)
        {
            text.Append('\n').Append(R.NoStaff(unreachable));
        }

        var attachment = counted.Count == 0
            ? null
            : new OutgoingFile(Texts.Vi.Workbooks.ListFile(local.ToLocal(now), "xlsx"), export.Workbook(all, NominationCard.UnitNames(store), now));
        return new SummaryPart(100, text.ToString()) { Attachment = attachment };
    }
}
