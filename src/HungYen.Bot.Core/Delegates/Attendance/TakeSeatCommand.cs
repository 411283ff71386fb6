using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>
/// /nhancho: a waiting delegate answers the offer of a freed seat. The offer arrives as a notice while the person may be
/// anywhere in the bot, so the answer is a command that works from anywhere: alone it puts them at the flow's seat
/// question; the offer's buttons carry the answer ("/nhancho nhan", "/nhancho nhuong") and apply it at once.
/// </summary>
public sealed class TakeSeatCommand(AttendanceFlow flow) : IBotCommand
{
    public const string AcceptData = "/nhancho nhan";

    public const string RefuseData = "/nhancho nhuong";

    public CommandCard Card { get; } = new("nhancho", T.TakeSeatDescription, En.Commands.TakeSeat) { IsFor = p => p.Role<DelegateRole>() is not null };

    public Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var holder = DelegateDirectory.ByAddress(turn.Store, turn.User.Address);
        var substitute = holder?.SubstitutedBy is { } id ? turn.Store.Find<Delegate>(id) : null;
        var offered = holder is { Status: RsvpStatus.Waiting, SeatOfferedAt: not null } || substitute is { Status: RsvpStatus.Waiting, SeatOfferedAt: not null };
        var answer = ChoiceMatcher.Fold(arguments);
        if (holder is null || !offered)
        {
            // A button of an offer that lapsed or was answered already: said so, nothing changes.
            turn.Say(answer.Length > 0 ? Vi.Seats.OfferNoLongerHeld : T.NoSeatOffered);
            return Task.CompletedTask;
        }

        return answer switch
        {
            "nhan" => flow.AnswerSeatOfferAsync(turn, holder, accept: true),
            "nhuong" => flow.AnswerSeatOfferAsync(turn, holder, accept: false),
            _ => flow.OfferSeatAsync(turn, holder),
        };
    }
}
