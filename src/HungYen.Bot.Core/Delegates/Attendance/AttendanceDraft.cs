using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Text;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>The attendance flow's answers, kept in the session's draft between updates.</summary>
public static class AttendanceDraft
{
    public const string Delegate = "delegate";
    public const string Answer = "answer";
    public const string Reason = "reason";
    public const string SubName = "subName";
    public const string SubPosition = "subPosition";
    public const string SubPhone = "subPhone";
    public const string Name = "name";
    public const string Position = "position";
    public const string Phone = "phone";

    public static string? DelegateId(Turn turn) => turn.Session.Get(Delegate);

    public static AttendanceFlow.Trigger? ChosenAnswer(Turn turn) =>
        Enum.TryParse<AttendanceFlow.Trigger>(turn.Session.Get(Answer), out var answer) ? answer : null;

    /// <summary>Keeps a typed answer under the field of the step it answered; phone numbers in their normal form.</summary>
    public static void Keep(Turn turn, AttendanceFlow.State step, string text)
    {
        var field = step switch
        {
            AttendanceFlow.State.Reason => Reason,
            AttendanceFlow.State.SubName => SubName,
            AttendanceFlow.State.SubPosition => SubPosition,
            AttendanceFlow.State.SubPhone => SubPhone,
            AttendanceFlow.State.EditName => Name,
            AttendanceFlow.State.EditPosition => Position,
            AttendanceFlow.State.EditPhone => Phone,
            _ => null,
        };
        if (field is null)
        {
            return;
        }

        turn.Session.Set(field, field is SubPhone or Phone ? PhoneNumber.ParseOrNull(text)?.Value ?? text : text);
    }
}
