namespace HungYen.Bot.Core.Participants;

/// <summary>The person behind an update and what they may do. Everyone is a guest until a role says otherwise.</summary>
public sealed record Participant(ChatAddress Address, string? DisplayName, bool IsAdmin, IReadOnlyList<IParticipantRole> Roles)
{
    public bool IsGuest => !IsAdmin && Roles.Count == 0;

    public T? Role<T>() where T : class, IParticipantRole => Roles.OfType<T>().FirstOrDefault();
}

/// <summary>A role a feature grants (unit staff, delegate, check-in staff…), with the welcome line it adds to /start.</summary>
public interface IParticipantRole
{
    /// <summary>One line for /start saying, in Vietnamese, what this role lets the person do.</summary>
    string Describe();

    /// <summary>How the office's lists name the holder ("Lê Thu Hà, cán bộ Phòng Quản lý khoa học"), or null.</summary>
    string? Who => null;
}

/// <summary>A feature's way of telling which roles a person holds.</summary>
public interface IRoleSource
{
    /// <summary>The record types the roles are read from: a change to one of them may change someone's role.</summary>
    IReadOnlyCollection<Type> RoleRecords { get; }

    IEnumerable<IParticipantRole> RolesOf(ChatAddress address);
}

/// <summary>A role whose holder types or scans other people's codes (check-in staff): wrong codes are not held against them.</summary>
public interface IScansCodes : IParticipantRole
{
}
