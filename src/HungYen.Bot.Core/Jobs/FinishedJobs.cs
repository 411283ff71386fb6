namespace HungYen.Bot.Core.Jobs;

/// <summary>
/// A <see cref="BackgroundJob"/> keeps the chat id of the person who asked: once done or failed it is kept
/// Jobs:RetentionDays days (<see cref="Expire"/>, run by the <see cref="JobRunner"/> hourly), all are deleted by the
/// retention purge after the conference, and a person's erasure deletes theirs with the lists they uploaded for them.
/// </summary>
public sealed class FinishedJobs(IRecordStore store, IOptionsMonitor<JobOptions> options, TimeProvider clock) : IRetentionPolicy, IPersonalDataSource
{
    public TimeSpan Retention => TimeSpan.FromDays(options.CurrentValue.RetentionDays);

    /// <summary>Deletes the jobs finished more than <see cref="Retention"/> ago, in one commit. Returns how many.</summary>
    public int Expire()
    {
        var cutoff = clock.GetUtcNow() - Retention;
        var changes = new ChangeSet();
        var expired = Delete(store.Query<BackgroundJob>(j => j.Status != JobStatus.Queued).Where(j => j.FinishedAt is { } at && at <= cutoff), changes);
        if (expired > 0)
        {
            store.Commit(changes);
        }

        return expired;
    }

    public IReadOnlyList<string> Purge(DateTimeOffset now, ChangeSet changes)
    {
        var purged = Delete(store.Query<BackgroundJob>(j => j.Status != JobStatus.Queued), changes);
        return purged == 0 ? [] : [Vi.Jobs.RetentionLine(purged)];
    }

    public PersonalData? Collect(ChatAddress person, Turn turn)
    {
        var jobs = Of(person, turn.Store);
        return jobs.Count == 0
            ? null
            : new PersonalData(Vi.Jobs.PrivacySection, [Vi.Jobs.PrivacyLine(jobs.Count, options.CurrentValue.RetentionDays)], jobs.Select(j => new { j.Kind, j.Status, j.QueuedAt, j.FinishedAt }).ToList());
    }

    /// <summary>Every job of the person's chat, queued ones too: what they asked is not done for an erased person.</summary>
    public IReadOnlyList<string> Erase(ChatAddress person, Turn turn)
    {
        Delete(Of(person, turn.Store), turn.Changes);
        return [];
    }

    private static List<BackgroundJob> Of(ChatAddress person, IRecordReader store) =>
        [.. store.Query<BackgroundJob>(j => j.Channel == person.Channel && j.ChatId == person.Id)];

    private static int Delete(IEnumerable<BackgroundJob> jobs, ChangeSet changes)
    {
        var count = 0;
        foreach (var job in jobs)
        {
            changes.Delete<BackgroundJob>(job.Id);
            if (job is { Status: JobStatus.Queued, FileId: { } file })
            {
                changes.DeleteFile(file); // a list uploaded for a job not done yet (a finished job's went with it)
            }

            count++;
        }

        return count;
    }
}
