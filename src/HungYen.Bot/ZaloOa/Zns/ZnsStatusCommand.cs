using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;

namespace HungYen.Bot.ZaloOa.Zns;

/// <summary>/zns_ketqua: how the ZNS Giấy mời stand, with each delegate not reached and why.</summary>
public sealed class ZnsStatusCommand : IBotCommand
{
    public string Name => "zns_ketqua";

    public string DescriptionVi => Vi.Zns.StatusCommand;

    public string DescriptionEn => En.Zns.Status;

    public bool AdminOnly => true;

    public bool IsAvailableTo(Participant participant) => participant.IsAdmin;

    public Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        turn.Say(ZnsReport.Write(turn.Store)?.Full ?? Vi.Zns.NothingSent);
        return Task.CompletedTask;
    }
}
