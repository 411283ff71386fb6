using P = HungYen.Bot.Core.Texts.Vi.PersonalDataSections;

namespace HungYen.Bot.Core.Nominations;

/// <summary>
/// Nominations are the official record and are kept (Privacy:KeepNominations, the default). Configured otherwise, the
/// retention purge anonymises the nominee's personal fields and removes the báo cáo thành tích files; the references,
/// units, awards and statuses stay for the statistics.
/// </summary>
public sealed class NominationsRetention(IRecordStore store, IOptionsMonitor<PrivacyOptions> privacy) : IRetentionPolicy
{
    public const string Anonymised = P.Anonymised;

    public IReadOnlyList<string> Purge(DateTimeOffset now, ChangeSet changes)
    {
        if (privacy.CurrentValue.KeepNominations)
        {
            return [P.NominationsKept];
        }

        var all = store.Query<Nomination>().Where(n => n.Name != Anonymised).ToList();
        foreach (var n in all)
        {
            n.Name = Anonymised;
            n.BirthYear = null;
            n.Gender = null;
            n.Position = null;
            n.Head = n.Head is null ? null : Anonymised;
            n.Summary = Anonymised;
            if (n.FileId is { } file)
            {
                changes.DeleteFile(file); // the báo cáo thành tích carries the nominee's data
            }

            n.FileId = null;
            n.FileName = null;
            n.SubmittedBy = "";
            changes.Upsert(n);
        }

        return [P.NominationsAnonymised(all.Count)];
    }
}
