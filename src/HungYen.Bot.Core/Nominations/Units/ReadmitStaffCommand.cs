using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Units;

/// <summary>/nhanlai_canbo &lt;channel:id&gt; — the office lifts a removal (/xoacanbo): the person may enrol again with a unit's code.</summary>
public sealed class ReadmitStaffCommand : OfficeCommand
{
    public override string Name => "nhanlai_canbo";

    public override string DescriptionVi => T.ReadmitCommand;

    public override string DescriptionEn => En.Commands.ReadmitStaff;

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(arguments))
        {
            turn.Say(T.ReadmitUsage);
            return Task.CompletedTask;
        }

        var address = ChatAddress.Parse(arguments.Trim());
        if (turn.Store.Find<StaffRemoval>(address.ToString()) is not { } removal)
        {
            turn.Say(T.NotRemoved(address.ToString()));
            return Task.CompletedTask;
        }

        turn.Changes.Delete<StaffRemoval>(removal.Id);
        turn.Say(T.Readmitted($"{removal.Name} ({removal.Id})"));
        turn.Notify(address, new OutgoingMessage(T.ReadmittedNotice));
        return Task.CompletedTask;
    }
}
