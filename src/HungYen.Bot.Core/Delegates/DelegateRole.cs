using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates;

/// <summary>The person is an invited đại biểu (their account was recognised).</summary>
public sealed record DelegateRole(string DelegateId, string FullName) : IParticipantRole
{
    public string Describe() => T.DelegateRoleLine(FullName);

    public string Who => Texts.Vi.People.Delegate(FullName);
}

/// <summary>The person was named by the office to check delegates in at the door.</summary>
public sealed record CheckInStaffRole : IScansCodes
{
    public string Describe() => T.StaffRoleLine;

    public string Who => Texts.Vi.People.CheckInStaff;
}

/// <summary>Tells the engine who is a delegate and who checks delegates in.</summary>
public sealed class DelegateRoles(IRecordStore store) : IRoleSource
{
    public IReadOnlyCollection<Type> RoleRecords { get; } = [typeof(Delegate), typeof(CheckInStaff)];

    public IEnumerable<IParticipantRole> RolesOf(ChatAddress address)
    {
        if (DelegateDirectory.ByAddress(store, address) is { } found)
        {
            yield return new DelegateRole(found.Id, found.FullName);
        }

        if (store.Find<CheckInStaff>(address.ToString()) is not null)
        {
            yield return new CheckInStaffRole();
        }
    }
}
