namespace HungYen.Bot.ZaloOa.Zns;

/// <summary>The ZNS invitation flow's answer so far: the number of delegates the office was asked to confirm.</summary>
public sealed class ZnsInviteDraft
{
    public int Count { get; set; }

    /// <summary>The count of a session saved before the draft was one value (its "count" key).</summary>
    public static ZnsInviteDraft FromOlderSession(ConversationSession session) => new()
    {
        Count = int.TryParse(session.Get("count"), CultureInfo.InvariantCulture, out var count) ? count : -1,
    };
}
