using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;

namespace HungYen.Bot.ZaloOa.Zns;

/// <summary>/zns_ketqua: how the ZNS Giấy mời stand, with each delegate not reached and why.</summary>
public sealed class ZnsStatusCommand : OfficeCommand
{
    public override string Name => "zns_ketqua";

    public override string DescriptionVi => Vi.Zns.StatusCommand;

    public override string DescriptionEn => En.Zns.Status;

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        turn.Say(ZnsReport.Write(turn.Store)?.Full ?? Vi.Zns.NothingSent);
        return Task.CompletedTask;
    }
}
