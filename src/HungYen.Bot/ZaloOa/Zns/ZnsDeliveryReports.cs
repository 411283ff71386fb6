namespace HungYen.Bot.ZaloOa.Zns;

/// <summary>
/// Zalo's user_received_message event carries back the tracking_id a ZNS send gave: the Giấy mời reached the phone.
/// A repeated report changes nothing.
/// </summary>
public sealed class ZnsDeliveryReports(IRecordStore store, TimeProvider clock)
{
    /// <summary>True when <paramref name="body"/> was a delivery report of one of our ZNS Giấy mời.</summary>
    public bool TryRecord(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("event_name", out var name) || name.ValueKind != JsonValueKind.String || name.GetString() != "user_received_message"
            || !body.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object
            || !message.TryGetProperty("tracking_id", out var tracking) || tracking.ValueKind != JsonValueKind.String
            || tracking.GetString() is not { } id || !id.StartsWith(ZnsInvitation.Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        if (store.Find<ZnsInvitation>(id) is { State: ZnsState.Sent or ZnsState.Sending or ZnsState.Unknown } invitation)
        {
            invitation.Delivered(clock.GetUtcNow());
            var changes = new ChangeSet();
            changes.Upsert(invitation);
            store.Commit(changes);
        }

        return true;
    }
}
