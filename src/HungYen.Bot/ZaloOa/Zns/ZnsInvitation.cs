namespace HungYen.Bot.ZaloOa.Zns;

/// <summary>Where one ZNS Giấy mời stands.</summary>
public enum ZnsState
{
    /// <summary>Confirmed by the office, waiting for its turn (or for the next day after a quota or the night).</summary>
    Scheduled,

    /// <summary>Handed to Zalo right now; found like this at start it means the bot stopped mid-send.</summary>
    Sending,

    /// <summary>Zalo accepted it (msg_id).</summary>
    Sent,

    /// <summary>Zalo reported it on the person's phone (user_received_message with our tracking_id).</summary>
    Delivered,

    /// <summary>Zalo refused it for good (no Zalo account, a rejected template, a refusal, …): the office should call.</summary>
    Failed,

    /// <summary>The bot stopped while sending: never sent again automatically, so that nobody is billed twice.</summary>
    Unknown,
}

/// <summary>
/// One Giấy mời sent as a ZNS template message to an imported delegate's phone, at most once: the record is created
/// in the turn in which the office confirmed the count, its id is the delegate's, and it moves only forward.
/// </summary>
public sealed class ZnsInvitation : Record
{
    public const string Prefix = "zns:";

    public string DelegateId { get; set; } = "";

    /// <summary>
    /// Empty on records written since the report names the delegate as the invitation list holds them now (a corrected
    /// name shows, a removed delegate is not named). Records written before hold the name copied then, shown only when
    /// the delegate is no longer on the list.
    /// </summary>
    public string FullName { get; set; } = "";

    /// <summary>The phone as ZNS takes it: 84xxxxxxxxx.</summary>
    public string Phone { get; set; } = "";

    [Indexed]
    public ZnsState State { get; set; }

    public string ConfirmedBy { get; set; } = "";

    public DateTimeOffset ScheduledAt { get; set; }

    /// <summary>Not sent before this moment (after a daily quota, the night pause or a rate limit).</summary>
    public DateTimeOffset? NotBefore { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public string? MessageId { get; set; }

    /// <summary>Zalo's last error code, kept for the office's list.</summary>
    public int? ErrorCode { get; set; }

    /// <summary>Why it has not arrived (yet); the office's sentence is worded from it when shown.</summary>
    public ZnsProblem? Problem { get; set; }

    /// <summary>
    /// Records written before <see cref="Problem"/> kept the office's sentence itself: still read and shown as it was,
    /// never written now (cleared at the next change).
    /// </summary>
    public string? OfficeReason { get; set; }

    public static string IdFor(string delegateId) => Prefix + delegateId;

    /// <summary>Refused only because of the template (not approved, wrong id or data): once the office fixes it, offered again.</summary>
    public bool MayBeSentAgain => State == ZnsState.Failed && ErrorCode is -109 or -111 or -112 or -127 or -131;

    public bool IsDue(DateTimeOffset now) => State == ZnsState.Scheduled && (NotBefore is null || NotBefore <= now);

    public void BeginSend()
    {
        Require(State == ZnsState.Scheduled, "only a scheduled invitation is sent");
        State = ZnsState.Sending;
        Attempts++;
    }

    public void Accepted(string? messageId, DateTimeOffset at)
    {
        Require(State == ZnsState.Sending, "only an invitation being sent is accepted");
        State = ZnsState.Sent;
        MessageId = messageId;
        SentAt = at;
        ErrorCode = null;
        Explain(null);
    }

    /// <summary>Zalo's delivery report; it may overtake the send's own answer, so it is taken from Sending too.</summary>
    public void Delivered(DateTimeOffset at)
    {
        Require(State is ZnsState.Sent or ZnsState.Sending or ZnsState.Unknown or ZnsState.Delivered, "only a sent invitation is delivered");
        State = ZnsState.Delivered;
        DeliveredAt ??= at;
        Explain(null);
    }

    public void Refused(int code, ZnsProblem problem)
    {
        Require(State == ZnsState.Sending, "only an invitation being sent is refused");
        State = ZnsState.Failed;
        ErrorCode = code;
        Explain(problem);
    }

    /// <summary>Zalo asked to wait (a daily quota, the night, a rate limit): scheduled again, the reason kept for the office.</summary>
    public void Postpone(int? code, DateTimeOffset until, ZnsProblem? problem)
    {
        Require(State == ZnsState.Sending, "only an invitation being sent is postponed");
        State = ZnsState.Scheduled;
        ErrorCode = code;
        NotBefore = until;
        Explain(problem);
    }

    /// <summary>Found in <see cref="ZnsState.Sending"/> at start: the outcome is not known.</summary>
    public void Interrupted()
    {
        Require(State == ZnsState.Sending, "only an invitation being sent is interrupted");
        State = ZnsState.Unknown;
        Explain(ZnsProblem.Interrupted);
    }

    /// <summary>Whether the office has something to be told about it (a stored sentence counts for an old record).</summary>
    public bool HasProblem => Problem is not null || OfficeReason is not null;

    /// <summary>
    /// The delegate's personal data go (on their request, or after the retention period): the phone and any name copied
    /// here. One not sent yet never will be; the office's report says why.
    /// </summary>
    public void Forget()
    {
        Phone = "";
        FullName = "";
        if (State == ZnsState.Scheduled)
        {
            State = ZnsState.Failed;
            Explain(ZnsProblem.Erased);
        }
    }

    private void Explain(ZnsProblem? problem)
    {
        Problem = problem;
        OfficeReason = null;
    }

    private static void Require(bool condition, string rule)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"ZNS invitation: {rule}.");
        }
    }
}
