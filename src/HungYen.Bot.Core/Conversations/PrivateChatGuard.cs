namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// Who is speaking: only a person in a private chat is acted for. An update from a group or channel, or from an
/// identity many share, never enrols, consents or acts; it gets at most a pointer to a private chat, never data.
/// </summary>
public static class PrivateChatGuard
{
    public static bool ActsForPerson(IncomingUpdate update) => update.ChatKind == ChatKind.Private && !update.SharedSender;

    /// <summary>
    /// The whole of such an update's turn: its key is kept (a re-delivery is a no-op) and, if it was addressed to the
    /// bot (a command, or a button press answered by <see cref="ButtonNotice"/>), the pointer is sent; chatter gets nothing.
    /// </summary>
    public static ChangeSet Refusal(IncomingUpdate update, DateTimeOffset now)
    {
        var changes = new ChangeSet { ProcessedUpdateKey = update.UpdateKey };
        if (update.Button is null && update.Text?.TrimStart() is ['/', ..])
        {
            changes.Enqueue(OutboxMessage.For(update.Chat, new OutgoingMessage(Vi.PrivateChatOnly), now));
        }

        return changes;
    }

    public static string? ButtonNotice(IncomingUpdate update) => update.Button is null ? null : Vi.PrivateChatOnlyShort;
}
