using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Import;

/// <summary>
/// The heavy part of the delegate import, done by the <see cref="JobRunner"/> outside every turn (issue 14, point 6):
/// the upload turn stores the list with the job and its "đang xử lý" reply; the job reads every row, applies them to the
/// delegate records as they are, and sends the office the same report and invitation pack the upload turn sent before,
/// all in the job's one commit. That commit is conditional: if a delegate it updates answered meanwhile, it is refused
/// and the runner does the job again on the records as they are now, so the answer is kept (issue 14).
/// </summary>
public sealed class DelegateImportJob(IOptionsMonitor<BotOptions> bot, IOptionsMonitor<DelegatesOptions> options, Time.LocalTime local) : IJobWork
{
    public const string JobKind = "delegate-import";

    public string Kind => JobKind;

    public string TitleVi => Texts.Vi.Jobs.DelegateImportTitle;

    /// <summary>
    /// Queues the import of an uploaded list whose header the turn has checked. The same file still being imported for
    /// this chat is not queued again. Returns whether a job was queued.
    /// </summary>
    public bool Queue(Turn turn, string fileName, byte[] content) =>
        BackgroundJobs.Start(turn, this, Convert.ToHexString(SHA256.HashData(content)), new StoredFile($"import/{Guid.NewGuid():N}", fileName, content));

    public Task RunAsync(JobContext job, CancellationToken cancellationToken)
    {
        var file = job.Job.FileId is { } id ? job.Store.ReadFile(id) : null;
        if (file is null)
        {
            throw new InvalidOperationException("the uploaded list of the import job is not in the store");
        }

        IReadOnlyList<ListRow> rows;
        try
        {
            var (read, missing) = DelegateListReader.Read(file.FileName, file.Content);
            if (missing.Count > 0)
            {
                job.Say(T.ImportMissingColumns(missing.Select(T.ColumnTitle)));
                return Task.CompletedTask;
            }

            rows = read;
        }
        catch (Exception error) when (error is InvalidDataException or FormatException or CsvHelper.CsvFormatException or IOException or InvalidOperationException)
        {
            job.Say(T.ImportUnreadable);
            return Task.CompletedTask;
        }

        cancellationToken.ThrowIfCancellationRequested();
        Report(job, DelegateImporter.Import(job.Store, job.Changes, rows, options.CurrentValue.EffectiveGroups, job.Now));
        return Task.CompletedTask;
    }

    private void Report(JobContext job, ImportResult result)
    {
        job.Say(T.ImportReport(result.Added, result.Updated, result.Problems.Select(p => (p.RowNumber, p.Reason)).ToList())
            + Texts.Vi.ImportReview.Report(
                [.. (result.Missing ?? []).Select(d => Texts.Vi.ImportReview.MissingLine(d.FullName, d.Organization, d.InviteCode))],
                [.. (result.PossibleDuplicates ?? []).Select(p => Texts.Vi.ImportReview.DuplicateLine(p.Row, p.Existing.FullName, p.Existing.Organization, p.Existing.InviteCode))],
                [.. (result.Held ?? []).Select(h => Texts.Vi.ImportReview.HeldLine(h.Row, h.Erased.FullName, h.Erased.Organization, local.FormatDate(h.Erased.ErasedAt!.Value), h.Erased.InviteCode))]));
        if (result.Added + result.Updated == 0)
        {
            return;
        }

        // The pack covers the whole list as it will be after this import, so the office always prints from one file.
        var merged = DelegateDirectory.All(job.Store).ToDictionary(d => d.Id);
        foreach (var changed in job.Changes.Upserts.OfType<Delegate>())
        {
            merged[changed.Id] = changed;
        }

        InvitationPackCommand.Send(job.Say, job.SendFile, merged.Values, bot.CurrentValue);
    }
}
