using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Export;

/// <summary>
/// /xuat — the office gets the compiled list as an Excel workbook and as CSV, built outside the conversation since a
/// long list takes a while (issue 14, point 6).
/// </summary>
public sealed class ExportCommand(NominationExport export, Time.LocalTime local) : OfficeJobCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("xuat", T.ExportCommand, En.Commands.Export);

    public override string TitleVi => Vi.Jobs.ExportTitle;

    public override Task RunAsync(JobContext job, CancellationToken cancellationToken)
    {
        var all = job.Store.Query<Nomination>();
        if (all.Count == 0)
        {
            job.Say(T.NothingToExport);
            return Task.CompletedTask;
        }

        var unitName = NominationCard.UnitNames(job.Store);
        var at = local.ToLocal(job.Now);
        job.SendFile(T.ExportCaption(NominationExport.Ordered(all).Count, NominationExport.Excluded(all).Count), Texts.Vi.Workbooks.ListFileAt(at, "xlsx"), export.Workbook(all, unitName, job.Now));
        job.SendFile(T.ExportCsvCaption, Texts.Vi.Workbooks.ListFileAt(at, "csv"), export.Csv(all, unitName));
        return Task.CompletedTask;
    }
}
