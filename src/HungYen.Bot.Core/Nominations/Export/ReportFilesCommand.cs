using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using HungYen.Bot.Core.Time;
using Microsoft.Extensions.Options;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Export;

/// <summary>
/// /xuat_baocao — every báo cáo thành tích of the Danh sách at once, as .zip parts numbered and named as the list
/// (issue 19, point 21); the dossiers without a file are named in the message, so nothing is silently missing.
/// </summary>
public sealed class ReportFilesCommand(IOptionsMonitor<NominationsOptions> options, LocalTime local) : OfficeCommand
{
    public override string Name => "xuat_baocao";

    public override string DescriptionVi => T.ReportFilesCommand;

    public override string DescriptionEn => En.Commands.ReportFiles;

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var (parts, leftOut) = ReportArchive.Plan(turn.Store.Query<Nomination>(), turn.Store, options.CurrentValue.ArchivePartMegabytes * 1024L * 1024L);
        var missing = leftOut.Select(l => T.ReportLeftOut(l.Group, l.Number, l.Nomination.Name, l.Nomination.Id, l.TooLarge)).ToList();
        if (parts.Count == 0)
        {
            turn.Say(T.NoReportFiles(missing));
            return Task.CompletedTask;
        }

        var stamp = local.ToLocal(turn.Now).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        turn.Say(T.ReportFilesIntro(parts.Sum(p => p.Count), parts.Count, options.CurrentValue.ArchivePartMegabytes, missing));
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            turn.SendFile(
                T.ReportFilesCaption(i + 1, parts.Count, part.Count),
                T.ReportFilesName(stamp, i + 1, parts.Count),
                ReportArchive.Write(part, turn.Store));
        }

        return Task.CompletedTask;
    }
}
