using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Units;

/// <summary>
/// /xoacanbo &lt;channel:id&gt; — the office removes a person from their unit (they are told); the removal holds, so the
/// unit's code does not enrol them again until the office re-admits them (/nhanlai_canbo).
/// </summary>
public sealed class RemoveStaffCommand() : NamedRecordCommand<UnitStaff>(T.RemoveStaffUsage, T.StaffNotFound)
{
    public override CommandCard Card { get; } = CommandCard.Office("xoacanbo", T.RemoveStaffCommand, En.Commands.RemoveStaff);

    protected override void Apply(Turn turn, UnitStaff staff)
    {
        turn.Changes.Delete<UnitStaff>(staff.Id);
        turn.Changes.Upsert(new StaffRemoval { Id = staff.Id, UnitCode = staff.UnitCode, Name = staff.Name, RemovedAt = turn.Now, RemovedBy = turn.User.Address.ToString() });
        turn.Say(T.StaffRemoved($"{staff.Name} ({staff.Id})", NominationCard.UnitName(turn.Store, staff.UnitCode), staff.Id));
        turn.Notify(ChatAddress.Parse(staff.Id), new OutgoingMessage(T.RemovedNotice));
    }
}
