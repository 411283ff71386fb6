namespace HungYen.Bot.Core.Files;

/// <summary>
/// The files the bot generates to deliver (exports, invitation packs, a person's JSON copy of their data): kept only
/// as long as a download link to them may be used (Web:LinkLifetimeHours after they were sent), deleted at once when
/// someone's data is erased or purged, since they may carry it (fresh ones are generated on request).
/// </summary>
public sealed class DeliveryFiles(IRecordStore store, IOptionsMonitor<WebOptions> web, TimeProvider clock) : IRetentionPolicy
{
    /// <summary>The store id prefix of generated delivery files (<see cref="ChangeSet.Send"/> names them so).</summary>
    public const string Prefix = "out/";

    public TimeSpan Lifetime => TimeSpan.FromHours(web.CurrentValue.LinkLifetimeHours);

    /// <summary>Deletes the delivery files whose message was sent (or given up) more than <see cref="Lifetime"/> ago.</summary>
    public int Expire()
    {
        var cutoff = clock.GetUtcNow() - Lifetime;
        var changes = new ChangeSet();
        var expired = Drop(store, changes, m => (m.SentAt ?? m.CreatedAt) <= cutoff);
        if (expired > 0)
        {
            store.Commit(changes);
        }

        return expired;
    }

    /// <summary>
    /// Deletes every delivery file already sent (or given up) through <paramref name="changes"/>: exports and packs may
    /// hold an erased person's name or phone. Returns how many.
    /// </summary>
    public static int DropDelivered(IRecordReader store, ChangeSet changes) => Drop(store, changes, _ => true);

    public IReadOnlyList<string> Purge(DateTimeOffset now, ChangeSet changes)
    {
        changes.Compact = true;
        var dropped = DropDelivered(store, changes);
        return dropped == 0 ? [] : [Texts.Vi.Retention.DeliveryFilesDeleted(dropped)];
    }

    private static int Drop(IRecordReader store, ChangeSet changes, Func<OutboxMessage, bool> due)
    {
        var count = 0;
        var pending = changes.Upserts.OfType<OutboxMessage>().ToDictionary(m => m.Id);
        foreach (var stored in store.Query<OutboxMessage>(m => m.FileId != null && m.Status != OutboxStatus.Pending))
        {
            var message = pending.GetValueOrDefault(stored.Id, stored); // what this change set already changed
            if (message.FileId is { } file && file.StartsWith(Prefix, StringComparison.Ordinal) && due(message))
            {
                changes.DeleteFile(file);
                message.FileId = null;
                changes.Upsert(message);
                count++;
            }
        }

        return count;
    }
}
