namespace HungYen.Bot.ZaloOa;

/// <summary>A follower's last interaction with the OA (a message, a button, a follow, a shared phone number).</summary>
public sealed class ZaloOaInteraction : Record
{
    public const string Prefix = "zalooa-interaction:";

    public DateTimeOffset LastAt { get; set; }
}

/// <summary>Where a person stands in the OA's consultation window.</summary>
public enum ZaloOaWindowState
{
    /// <summary>No interaction on record (e.g. before this was tracked): the API decides.</summary>
    Unknown,

    /// <summary>Within 48 h of the last interaction: a consultation message is free.</summary>
    Free,

    /// <summary>Within 7 days: allowed, billed to the OA's wallet.</summary>
    Billed,

    /// <summary>Over 7 days: the OA may not send a consultation message (-230); a template message or a call instead.</summary>
    Closed,
}

/// <summary>
/// Tracks each person's last interaction with the OA and knows, per the fact sheet, whether the OA may still reply:
/// free within 48 h, allowed within 7 days, not at all after that.
/// </summary>
public sealed class ZaloOaWindow(IRecordStore store, TimeProvider clock)
{
    public static readonly TimeSpan FreeFor = TimeSpan.FromHours(48);
    public static readonly TimeSpan OpenFor = TimeSpan.FromDays(7);

    /// <summary>Records an interaction now. Never throws: tracking must not lose the person's message.</summary>
    public void Touch(string userId, ChangeSet? changes = null)
    {
        var record = new ZaloOaInteraction { Id = ZaloOaInteraction.Prefix + userId, LastAt = clock.GetUtcNow() };
        if (changes is not null)
        {
            changes.Upsert(record);
            return;
        }

        var own = new ChangeSet();
        own.Upsert(record);
        store.Commit(own);
    }

    public ZaloOaWindowState StateOf(string userId)
    {
        if (store.Find<ZaloOaInteraction>(ZaloOaInteraction.Prefix + userId) is not { } last)
        {
            return ZaloOaWindowState.Unknown;
        }

        var since = clock.GetUtcNow() - last.LastAt;
        return since <= FreeFor ? ZaloOaWindowState.Free : since <= OpenFor ? ZaloOaWindowState.Billed : ZaloOaWindowState.Closed;
    }
}
