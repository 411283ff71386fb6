using System.Text;
using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Nominations.Export;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Core.Summary;
using R = HungYen.Bot.Core.Texts.Vi.NominationReminders;

namespace HungYen.Bot.Core.Nominations.Reminders;

/// <summary>The nominations part of the office's daily summary, with the compiled workbook attached.</summary>
public sealed class NominationSummarySection(IRecordStore store, Quota quota, NominationExport export) : ISummarySection
{
    public SummaryPart? Write(DateTimeOffset? since, DateTimeOffset now)
    {
        var all = store.Query<Nomination>();
        var counted = all.Where(n => n.Counts).ToList();
        var text = new StringBuilder(R.SummaryHeader).Append('\n');
        text.Append(R.Totals(counted.Count, all.Count(n => n.AwaitingReview))).Append('\n');
        text.Append(string.Join('\n', quota.Lines(store))).Append('\n');
        text.Append(R.NewSince(all.Count(n => since is null || n.UpdatedAt > since))).Append('\n');
        text.Append(R.ByUnit);
        var perUnit = counted.GroupBy(n => n.UnitCode).ToDictionary(g => g.Key, g => g.Count());
        foreach (var unit in store.Query<Unit>(u => u.Active).OrderBy(u => perUnit.GetValueOrDefault(u.Id)).ThenBy(u => u.Id))
        {
            text.Append('\n').Append(R.UnitLine(unit.Name, perUnit.GetValueOrDefault(unit.Id)));
        }

        var attachment = counted.Count == 0
            ? null
            : new OutgoingFile($"Danh sách đề nghị khen thưởng {now:yyyyMMdd}.xlsx", export.Workbook(all, NominationCard.UnitNames(store), now));
        return new SummaryPart(100, text.ToString()) { Attachment = attachment };
    }
}
