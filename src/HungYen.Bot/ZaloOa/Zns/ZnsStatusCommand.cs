namespace HungYen.Bot.ZaloOa.Zns;

/// <summary>/zns_ketqua: how the ZNS Giấy mời stand, with each delegate not reached and why.</summary>
public sealed class ZnsStatusCommand(LocalTime local) : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("zns_ketqua", Vi.Zns.StatusCommand, En.Commands.ZnsStatus);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        turn.Say(ZnsReport.Write(turn.Store, local)?.Full ?? Vi.Zns.NothingSent);
        return Task.CompletedTask;
    }
}
