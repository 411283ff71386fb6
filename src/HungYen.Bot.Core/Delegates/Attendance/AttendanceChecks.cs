using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>What the attendance flow accepts as an answer; each returns the hint to show, or null when the answer is fine.</summary>
public static class AttendanceChecks
{
    public const int MaxReasonLength = 500;

    public static string? Name(string text) =>
        text.Length is >= 2 and <= 100 && text.Any(char.IsLetter) ? null : T.BadName;

    public static string? Position(string text) =>
        text.Length is >= 2 and <= 150 && text.Any(char.IsLetter) ? null : T.BadPosition;

    public static string? Reason(string text) => text.Length <= MaxReasonLength ? null : T.ReasonTooLong;

    /// <summary>A mobile number; one on the list is answered as any other: the list is not for strangers to probe (issue 19).</summary>
    public static string? Phone(string text) => PhoneNumber.TryParse(text, out _) ? null : T.BadPhone;

    /// <summary>The other delegate whose invited phone this is, or null: such a number is not saved, and the office is told.</summary>
    public static Delegate? OtherOwner(Turn turn, string? phone, Delegate sender) =>
        phone is null || !PhoneNumber.TryParse(phone, out var parsed) || DelegateDirectory.ByPhone(turn.Store, parsed) is not { } owner
        || owner.Id == sender.Id || owner.SubstituteFor == sender.Id ? null : owner;
}
