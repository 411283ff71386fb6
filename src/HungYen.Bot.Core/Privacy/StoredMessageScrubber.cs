namespace HungYen.Bot.Core.Privacy;

/// <summary>
/// Takes an erased person's name, phone or address out of the messages stored for others (the office's notices name
/// who enrolled and show a dossier's contact phone), so that erasure leaves them nowhere in the database.
/// </summary>
public static class StoredMessageScrubber
{
    /// <summary>Replaces each identifier in every stored message, through <paramref name="changes"/> (its pending versions first).</summary>
    public static int Scrub(IRecordReader store, ChangeSet changes, IEnumerable<string?> identifiers)
    {
        // Too short a text would match inside ordinary words; names and numbers are longer.
        var targets = identifiers.Where(i => i is { Length: >= 5 }).Select(i => i!).Distinct(StringComparer.Ordinal).OrderByDescending(i => i.Length).ToList();
        if (targets.Count == 0)
        {
            return 0;
        }

        var pending = changes.Upserts.OfType<OutboxMessage>().ToDictionary(m => m.Id);
        var scrubbed = 0;
        foreach (var stored in store.Query<OutboxMessage>())
        {
            var message = pending.GetValueOrDefault(stored.Id, stored);
            var text = targets.Aggregate(message.Text, (t, target) => t.Replace(target, Texts.Vi.PrivacyRights.ErasedMark, StringComparison.Ordinal));
            if (text != message.Text)
            {
                message.Text = text;
                changes.Upsert(message);
                scrubbed++;
            }
        }

        return scrubbed;
    }
}
