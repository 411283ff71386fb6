using System.Text.Json.Serialization;
using S = HungYen.Bot.Core.Delegates.Attendance.AttendanceFlow.State;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>The attendance flow's answers, kept in the session's draft between updates; nothing is saved before Xác nhận.</summary>
public sealed class AttendanceDraft
{
    /// <summary>The invited delegate answering (or whose seat is offered).</summary>
    public string? DelegateId { get; set; }

    public AttendanceAnswer? Answer { get; set; }

    public string? Reason { get; set; }

    public string? SubName { get; set; }

    public string? SubPosition { get; set; }

    /// <summary>The substitute's phone, in its normal form.</summary>
    public string? SubPhone { get; set; }

    /// <summary>The delegate's own details as corrected (null: as on the list).</summary>
    public string? Name { get; set; }

    public string? Position { get; set; }

    public string? Phone { get; set; }

    /// <summary>The delegate chose to correct their own details on the review (attending or declining).</summary>
    public bool EditingOwn { get; set; }

    [JsonIgnore]
    public bool IsSubstituting => Answer == AttendanceAnswer.Substitute;

    /// <summary>The answers of a session saved before the draft was one value: one session key per answer.</summary>
    public static AttendanceDraft FromOlderSession(ConversationSession session) => new()
    {
        DelegateId = session.Get("delegate"),
        Answer = Enum.TryParse<AttendanceAnswer>(session.Get("answer"), out var answer) ? answer : null,
        Reason = session.Get("reason"),
        SubName = session.Get("subName"),
        SubPosition = session.Get("subPosition"),
        SubPhone = session.Get("subPhone"),
        Name = session.Get("name"),
        Position = session.Get("position"),
        Phone = session.Get("phone"),
        EditingOwn = session.State is nameof(S.EditName) or nameof(S.EditPosition) or nameof(S.EditPhone)
            || session.Get("name") is not null,
    };
}
