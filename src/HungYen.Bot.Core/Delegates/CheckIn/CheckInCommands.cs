using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.CheckIn;

/// <summary>/diemdanh &lt;mã&gt;: staff check a delegate in by the code on their QR.</summary>
public sealed class CheckInCommand(CheckInDesk desk) : IBotCommand
{
    public CommandCard Card { get; } = new("diemdanh", T.CheckInDescription, En.Commands.CheckIn) { IsFor = CheckInDesk.MayCheckIn };

    public Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (arguments.Length == 0)
        {
            turn.Say(T.CheckInUsage);
        }
        else if (!desk.CheckIn(turn, arguments))
        {
            turn.Say(T.CheckInUnknownCode);
        }

        return Task.CompletedTask;
    }
}

/// <summary>/diemdanh_tinhhinh: arrivals against confirmations, and who is missing.</summary>
public sealed class CheckInProgressCommand : IBotCommand
{
    public CommandCard Card { get; } = new("diemdanh_tinhhinh", T.ProgressDescription, En.Commands.Arrivals) { IsFor = CheckInDesk.MayCheckIn };

    public Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        turn.Say(CheckInDesk.Progress(turn));
        return Task.CompletedTask;
    }
}

/// <summary>/diemdanh_canbo &lt;kênh:mã&gt;: the office names a person as check-in staff (their /id); without an argument, lists them.</summary>
public sealed class CheckInStaffCommand : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("diemdanh_canbo", T.StaffDescription, En.Commands.CheckInStaff);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (arguments.Length == 0)
        {
            turn.Say(T.StaffList([.. turn.Store.Query<CheckInStaff>().Select(s => s.Id)]));
            return Task.CompletedTask;
        }

        if (arguments.Contains(' ', StringComparison.Ordinal))
        {
            turn.Say(T.StaffUsage);
            return Task.CompletedTask;
        }

        var address = ChatAddress.Parse(arguments, turn.Chat.Channel);
        turn.Changes.Upsert(new CheckInStaff { Id = address.ToString(), AddedAt = turn.Now, AddedBy = turn.User.Address.ToString() });
        turn.Notify(address, new OutgoingMessage(T.YouAreStaff));
        turn.Say(T.StaffAdded(address.ToString()));
        return Task.CompletedTask;
    }
}
