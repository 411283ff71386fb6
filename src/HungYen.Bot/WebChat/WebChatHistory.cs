namespace HungYen.Bot.WebChat;

/// <summary>
/// The web conversations as the page shows them: what the bot sent and what the person sent, in order. Each write is
/// its own commit and wakes the person's open pages.
/// </summary>
public sealed class WebChatHistory(IRecordStore store, WebChatHub hub, TimeProvider clock)
{
    private const string SequenceName = "webchat";

    public WebChatMessage AddFromBot(string personId, OutgoingMessage message)
    {
        var seq = store.NextSequence(SequenceName);
        var changes = new ChangeSet();
        var record = new WebChatMessage
        {
            Id = BotMessageId(seq),
            PersonId = personId,
            Seq = seq,
            Version = seq,
            FromBot = true,
            Text = message.Text,
            Choices = [.. message.Choices.Select(c => new WebChatChoice { Label = c.Label, Data = c.Data })],
            AsksPhone = message.RequestContact,
            At = clock.GetUtcNow(),
        };
        if (message.File is { } file)
        {
            record.FileName = file.FileName;
            record.IsPhoto = file.IsPhoto;
            record.FileId = file.StoredFileId ?? $"web-out/{seq}";
            if (file.StoredFileId is null)
            {
                changes.SaveFile(new StoredFile(record.FileId, file.FileName, file.Content));
            }
        }

        changes.Upsert(record);
        store.Commit(changes);
        hub.Changed(personId);
        return record;
    }

    public void AddNotice(string personId, string text)
    {
        var seq = store.NextSequence(SequenceName);
        Save(new WebChatMessage { Id = BotMessageId(seq), PersonId = personId, Seq = seq, Version = seq, FromBot = true, IsNotice = true, Text = text, At = clock.GetUtcNow() });
    }

    /// <summary>Records what the person sent, once per client id: a retried POST finds it already there.</summary>
    public void AddFromPerson(string personId, string clientId, string text)
    {
        var id = PersonMessageId(personId, clientId);
        if (store.Find<WebChatMessage>(id) is not null)
        {
            return;
        }

        var seq = store.NextSequence(SequenceName);
        Save(new WebChatMessage { Id = id, PersonId = personId, Seq = seq, Version = seq, Text = text, At = clock.GetUtcNow() });
    }

    /// <summary>The engine's edit marks the chosen answer: the text changes and the buttons go.</summary>
    public void Edit(string personId, string messageId, OutgoingMessage message)
    {
        if (store.Find<WebChatMessage>(messageId) is not { } record || record.PersonId != personId)
        {
            return;
        }

        record.Text = message.Text;
        record.Choices = [.. message.Choices.Select(c => new WebChatChoice { Label = c.Label, Data = c.Data })];
        record.Version = store.NextSequence(SequenceName);
        Save(record);
    }

    public WebChatMessage? Find(string personId, string messageId) =>
        store.Find<WebChatMessage>(messageId) is { } m && m.PersonId == personId ? m : null;

    /// <summary>Every message added or changed after <paramref name="after"/>, in conversation order.</summary>
    public IReadOnlyList<WebChatMessage> Since(string personId, long after) =>
        [.. store.Query<WebChatMessage>(m => m.PersonId == personId && m.Version > after).OrderBy(m => m.Seq)];

    private void Save(WebChatMessage record)
    {
        var changes = new ChangeSet();
        changes.Upsert(record);
        store.Commit(changes);
        hub.Changed(record.PersonId);
    }

    private static string BotMessageId(long seq) => "b" + seq.ToString("D10", CultureInfo.InvariantCulture);

    private static string PersonMessageId(string personId, string clientId) => $"u-{personId}-{clientId}";
}
