using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Export;

/// <summary>
/// /xuat_baocao — every báo cáo thành tích of the Danh sách at once, as .zip parts numbered and named as the list
/// (issue 19, point 21); the dossiers without a file are named in the message, so nothing is silently missing.
/// Zipping tens of megabytes takes seconds, so the command only queues the work (issue 14, point 6).
/// </summary>
public sealed class ReportFilesCommand(IOptionsMonitor<NominationsOptions> options, LocalTime local) : OfficeJobCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("xuat_baocao", T.ReportFilesCommand, En.Commands.ReportFiles);

    public override string TitleVi => Vi.Jobs.ReportFilesTitle;

    public override Task RunAsync(JobContext job, CancellationToken cancellationToken)
    {
        var (parts, leftOut) = ReportArchive.Plan(job.Store.Query<Nomination>(), job.Store, options.CurrentValue.ArchivePartMegabytes * 1024L * 1024L);
        var missing = leftOut.Select(l => T.ReportLeftOut(l.Group, l.Number, l.Nomination.Name, l.Nomination.Id, l.TooLarge)).ToList();
        if (parts.Count == 0)
        {
            job.Say(T.NoReportFiles(missing));
            return Task.CompletedTask;
        }

        var stamp = Texts.Vi.Workbooks.Stamp(local.ToLocal(job.Now));
        job.Say(T.ReportFilesIntro(parts.Sum(p => p.Count), parts.Count, options.CurrentValue.ArchivePartMegabytes, missing));
        for (var i = 0; i < parts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested(); // a stop mid-job leaves it queued for the restart
            var part = parts[i];
            job.SendFile(
                T.ReportFilesCaption(i + 1, parts.Count, part.Count),
                T.ReportFilesName(stamp, i + 1, parts.Count),
                ReportArchive.Write(part, job.Store));
        }

        return Task.CompletedTask;
    }
}
