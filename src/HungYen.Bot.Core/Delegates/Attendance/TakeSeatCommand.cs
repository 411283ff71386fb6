using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>
/// /nhancho: a waiting delegate answers the offer of a freed seat. The offer arrives as a notice while the person may be
/// anywhere in the bot, so the answer is a command that works from anywhere and puts them at the flow's seat question.
/// </summary>
public sealed class TakeSeatCommand(AttendanceFlow flow) : IBotCommand
{
    public string Name => "nhancho";

    public string DescriptionVi => T.TakeSeatDescription;

    public string DescriptionEn => En.Commands.TakeSeat;

    public bool AdminOnly => false;

    public bool IsAvailableTo(Participant participant) => participant.Role<DelegateRole>() is not null;

    public Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var holder = DelegateDirectory.ByAddress(turn.Store, turn.User.Address);
        var substitute = holder?.SubstitutedBy is { } id ? turn.Store.Find<Delegate>(id) : null;
        var offered = holder is { Status: RsvpStatus.Waiting, SeatOfferedAt: not null } || substitute is { Status: RsvpStatus.Waiting, SeatOfferedAt: not null };
        if (holder is null || !offered)
        {
            turn.Say(T.NoSeatOffered);
            return Task.CompletedTask;
        }

        return flow.OfferSeatAsync(turn, holder);
    }
}
