namespace HungYen.Bot.Core.Nominations;

/// <summary>The role of an enrolled unit staffer.</summary>
public sealed record UnitStaffRole(string UnitCode, string UnitName, string StaffName = "") : IParticipantRole
{
    public string Describe() => Vi.Nominations.StaffRole(UnitName);

    public string Who => Vi.People.Staff(StaffName, UnitName);
}

/// <summary>Tells whether a person is enrolled to a unit.</summary>
public sealed class UnitStaffRoles(IRecordStore store) : IRoleSource
{
    public IReadOnlyCollection<Type> RoleRecords { get; } = [typeof(UnitStaff), typeof(Unit)];

    public IEnumerable<IParticipantRole> RolesOf(ChatAddress address)
    {
        if (store.Find<UnitStaff>(address.ToString()) is { } staff && store.Find<Unit>(staff.UnitCode) is { Active: true } unit)
        {
            yield return new UnitStaffRole(unit.Id, unit.Name, staff.Name ?? "");
        }
    }
}
