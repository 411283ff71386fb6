namespace HungYen.Bot.Core.Jobs;

/// <summary>
/// Does the stored <see cref="BackgroundJob"/>s, oldest first, one at a time, outside every person's turn, so a slow
/// export never holds the channels' poll loops (issue 14, point 6). A job's result (its messages and files, through the
/// outbox) and its final status are one commit: a crash before it leaves the job queued, done again after the restart;
/// a crash after it leaves it done. A job that throws is marked failed and the person told in Vietnamese.
/// The commit is conditional (<see cref="ChangeSet.Expected"/>): refused if the job's record or any record its result
/// writes was written by someone else since the job read them, so a delegate's answer given meanwhile is never
/// overwritten (the job is done again on the records as they are now) and a job whose record an erasure deleted
/// writes nothing back (its result is dropped).
/// </summary>
public sealed class JobRunner(
    IRecordStore store,
    IEnumerable<IJobWork> works,
    OutboxSignal outbox,
    TimeProvider clock,
    ILogger<JobRunner> logger,
    Privacy.Redactor? redactor = null,
    FinishedJobs? finished = null) : BackgroundService
{
    /// <summary>How often finished jobs past their retention are looked for (<see cref="FinishedJobs.Expire"/>).</summary>
    public static readonly TimeSpan ExpiryInterval = TimeSpan.FromHours(1);

    /// <summary>
    /// How often the store is looked at for queued jobs when no commit wakes the runner (a job queued by another process,
    /// or one left queued by a stop). Looking every 200 ms cost the idle bot 4 ms of CPU a second (the wizard benchmark).
    /// </summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    /// <summary>How many times a job whose result was refused is done again (after 1, 2, 4, 8 s) before it fails.</summary>
    public const int Attempts = 5;

    private static readonly Type[] JobRecords = [typeof(BackgroundJob)];

    private readonly Dictionary<string, IJobWork> _works = works.ToDictionary(w => w.Kind);

    // Woken by every commit that staged messages, the runner looks for jobs only when a job record changed since it last
    // looked (a version read before the query, so a job committed meanwhile is looked for at the next wake-up).
    private readonly IRecordVersions? _versions = store as IRecordVersions;
    private readonly SemaphoreSlim _running = new(1, 1);
    private DateTimeOffset _nextExpiry = DateTimeOffset.MinValue;

    /// <summary>Does every queued job. Returns how many reached a final state.</summary>
    public async Task<int> RunQueuedAsync(CancellationToken cancellationToken)
    {
        // One runner at a time, whoever calls: two would do the same job twice.
        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var done = 0;
            foreach (var job in store.Query<BackgroundJob>(j => j.Status == JobStatus.Queued).OrderBy(j => j.QueuedAt))
            {
                // Its own thread: zipping and writing workbooks is long CPU work that must not take a pool thread the
                // poll loops and turns need (on two cores the pool has only two to start with).
                await Task.Factory.StartNew(() => RunAsync(job.Id, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)
                    .Unwrap().ConfigureAwait(false);
                done++;
            }

            return done;
        }
        finally
        {
            _running.Release();
        }
    }

    /// <summary>
    /// Deletes the finished jobs past their retention, at most once an <see cref="ExpiryInterval"/> (the runner's loop
    /// calls it at every look). Returns how many.
    /// </summary>
    public int ExpireFinished()
    {
        var now = clock.GetUtcNow();
        if (finished is null || now < _nextExpiry)
        {
            return 0;
        }

        _nextExpiry = now + ExpiryInterval;
        var expired = finished.Expire();
        if (expired > 0)
        {
            logger.LogInformation("{Count} finished jobs past their retention were deleted", expired);
        }

        return expired;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failing = false;
        long? seen = null;
        var woken = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var version = _versions?.VersionOf(JobRecords);
                if (!woken || version is null || version != seen)
                {
                    seen = version;
                    await RunQueuedAsync(stoppingToken).ConfigureAwait(false);
                }

                ExpireFinished();
                failing = false;
                woken = await outbox.WaitForCommitAsync(PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // a job cut short stays queued, and is done after the restart
            }
            catch (Exception error)
            {
                // The store could not commit (a full disk): the job stays queued; logged once per run of failures.
                logger.Log(failing ? LogLevel.Debug : LogLevel.Error, "Background jobs failed: {Error}", error.GetType().Name);
                failing = true;
                woken = false; // look again after the pause, whatever the versions say
                await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>For tests: awaited with the job and its attempt (from 1) right before the job's result is committed.</summary>
    internal Func<BackgroundJob, int, Task>? BeforeCommit { get; set; }

    /// <summary>The pause after the first refused attempt, doubled after each next one; shorter in tests.</summary>
    internal TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    private async Task RunAsync(string jobId, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            // The stamp is read before the job and everything its work reads: the commit holds only if none of what
            // it writes (its own record included) was written by another commit after it.
            var stamp = store.WriteStamp;
            if (store.Find<BackgroundJob>(jobId) is not { Status: JobStatus.Queued } job)
            {
                logger.LogInformation("Job {Id} is no longer queued (deleted by an erasure or a purge): not done", jobId);
                return;
            }

            var context = await DoAsync(job, attempt, cancellationToken).ConfigureAwait(false);
            context.Changes.ExpectWrittenUnchangedSince(stamp);
            if (BeforeCommit is { } hook)
            {
                await hook(job, attempt).ConfigureAwait(false);
            }

            try
            {
                store.Commit(context.Changes);
            }
            catch (RecordsChangedException changed)
            {
                if (changed.Includes<BackgroundJob>(jobId))
                {
                    // An erasure deleted the job (with the person's data) while it ran: nothing of its result is kept.
                    logger.LogInformation("Job {Kind} dropped: its record was deleted while it ran", job.Kind);
                    return;
                }

                logger.LogInformation("Job {Kind} refused at attempt {Attempt}: {Count} records it writes were changed meanwhile", job.Kind, attempt, changed.Changed.Count);
                if (attempt < Attempts)
                {
                    await Task.Delay(FirstRetryDelay * (1 << (attempt - 1)), clock, cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            outbox.Notify();
            logger.LogInformation("Job {Kind} {Status} in {Milliseconds:N0} ms: {Messages} messages", job.Kind, job.Status, clock.GetElapsedTime(started).TotalMilliseconds, context.Changes.Outbox.Count);
            return;
        }
    }

    /// <summary>
    /// Does the job's work once and stages its final status. Past the last attempt a result that would still change
    /// records others keep writing is not staged: the job fails, and the person is told to send it again later.
    /// </summary>
    private async Task<JobContext> DoAsync(BackgroundJob job, int attempt, CancellationToken cancellationToken)
    {
        var context = new JobContext(job, store, clock.GetUtcNow());
        string title;
        if (!_works.TryGetValue(job.Kind, out var work))
        {
            title = "";
            Fail(context, title, $"no work of kind '{job.Kind}'");
        }
        else if (attempt > Attempts)
        {
            title = work.TitleVi;
            Fail(context, title, $"the records it writes changed while it ran, {Attempts} times", Vi.Jobs.KeptChanging(title));
        }
        else
        {
            title = work.TitleVi;
            try
            {
                await work.RunAsync(context, cancellationToken).ConfigureAwait(false);
                job.Status = JobStatus.Done;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                context = new JobContext(job, store, context.Now); // nothing of the failed work is kept
                Fail(context, title, (redactor ?? Privacy.Redactor.None).Full(error));
            }
        }

        job.FinishedAt = clock.GetUtcNow();
        if (job.FileId is { } input)
        {
            context.Changes.DeleteFile(input); // what it read is of no use once it is done or failed
        }

        context.Changes.Upsert(job);
        return context;
    }

    private void Fail(JobContext context, string title, string error, string? told = null)
    {
        logger.LogError("Job {Kind} failed: {Error}", context.Job.Kind, error);
        context.Job.Status = JobStatus.Failed;
        context.Job.Error = error;
        context.Say(told ?? Vi.Jobs.Failed(title));
    }
}
