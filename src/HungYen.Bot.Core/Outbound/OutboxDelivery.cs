namespace HungYen.Bot.Core.Outbound;

/// <summary>
/// What became of an outbox message's delivery (sent, failed, unreachable, an attempt to retry, the parts of a long text
/// delivered), written by the dispatcher alone and applied by the store to the message as stored
/// (<see cref="ChangeSet.RecordDelivery"/>): the status fields only, never the text or choices from the dispatcher's copy,
/// so that an erasure committed while the message was on its way is not undone. It applies only while the stored message
/// is pending; a message closed or deleted by another commit meanwhile stays as that commit left it.
/// </summary>
public sealed record OutboxDelivery(string Id, OutboxStatus Status, int Attempts, int PartsSent, DateTimeOffset? NotBefore, DateTimeOffset? SentAt, string? LastError)
{
    public static OutboxDelivery Of(OutboxMessage message) =>
        new(message.Id, message.Status, message.Attempts, message.PartsSent, message.NotBefore, message.SentAt, message.LastError);

    /// <summary>
    /// The delivery's fields of <see cref="OutboxMessage"/>, by name. Another writer's upsert of a message leaves them as
    /// stored unless it closes a pending message: it rewrites content (an erasure, retention) and must neither reopen a
    /// message sent meanwhile nor reset its attempts or the parts already delivered.
    /// </summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        nameof(OutboxMessage.Status), nameof(OutboxMessage.Attempts), nameof(OutboxMessage.PartsSent),
        nameof(OutboxMessage.NotBefore), nameof(OutboxMessage.SentAt), nameof(OutboxMessage.LastError),
    ];
}
