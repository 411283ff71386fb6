namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>What a delegate answered to the Giấy mời (or to a freed seat); its name is the data of its button.</summary>
public enum AttendanceAnswer
{
    Attend,
    Decline,
    Substitute,
    Accept,
    Refuse,
}
