using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Export;

/// <summary>/xuat — the office gets the compiled list as an Excel workbook and as CSV.</summary>
public sealed class ExportCommand(NominationExport export, Time.LocalTime local) : OfficeCommand
{
    public override string Name => "xuat";

    public override string DescriptionVi => T.ExportCommand;

    public override string DescriptionEn => En.Commands.Export;

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var all = turn.Store.Query<Nomination>();
        if (all.Count == 0)
        {
            turn.Say(T.NothingToExport);
            return Task.CompletedTask;
        }

        var unitName = NominationCard.UnitNames(turn.Store);
        var at = local.ToLocal(turn.Now);
        turn.SendFile(T.ExportCaption(NominationExport.Ordered(all).Count, NominationExport.Excluded(all).Count), Texts.Vi.Workbooks.ListFileAt(at, "xlsx"), export.Workbook(all, unitName, turn.Now));
        turn.SendFile(T.ExportCsvCaption, Texts.Vi.Workbooks.ListFileAt(at, "csv"), export.Csv(all, unitName));
        return Task.CompletedTask;
    }
}
