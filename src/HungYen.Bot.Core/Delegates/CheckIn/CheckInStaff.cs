namespace HungYen.Bot.Core.Delegates.CheckIn;

/// <summary>A person the office named to check delegates in on the day. Id is their chat address ("channel:id").</summary>
public sealed class CheckInStaff : Record
{
    public DateTimeOffset AddedAt { get; set; }

    public string AddedBy { get; set; } = "";
}
