using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Units;

/// <summary>/nhanlai_canbo &lt;channel:id&gt; — the office lifts a removal (/xoacanbo): the person may enrol again with a unit's code.</summary>
public sealed class ReadmitStaffCommand() : NamedRecordCommand<StaffRemoval>(T.ReadmitUsage, T.NotRemoved)
{
    public override CommandCard Card { get; } = CommandCard.Office("nhanlai_canbo", T.ReadmitCommand, En.Commands.ReadmitStaff);

    protected override void Apply(Turn turn, StaffRemoval removal)
    {
        turn.Changes.Delete<StaffRemoval>(removal.Id);
        turn.Say(T.Readmitted($"{removal.Name} ({removal.Id})"));
        turn.Notify(ChatAddress.Parse(removal.Id), new OutgoingMessage(T.ReadmittedNotice));
    }
}
