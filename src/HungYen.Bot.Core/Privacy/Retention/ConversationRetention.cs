namespace HungYen.Bot.Core.Privacy.Retention;

/// <summary>The engine's share: texts of delivered messages, failed updates, and idle sessions.</summary>
public sealed class ConversationRetention(IRecordStore store) : IRetentionPolicy
{
    public IReadOnlyList<string> Purge(DateTimeOffset now, ChangeSet changes)
    {
        var messages = store.Query<OutboxMessage>(m => m.Status != OutboxStatus.Pending).Where(m => m.Text != Vi.Retention.PurgedText).ToList();
        foreach (var message in messages)
        {
            message.Text = Vi.Retention.PurgedText;
            message.Choices = [];
            changes.Upsert(message);
        }

        var failed = store.Query<FailedUpdate>();
        foreach (var f in failed)
        {
            changes.Delete<FailedUpdate>(f.Id);
        }

        var idle = store.Query<ConversationSession>(s => s.Flow == null);
        foreach (var session in idle)
        {
            foreach (var file in session.SetAside.Values.SelectMany(kept => kept.Uploads))
            {
                changes.DeleteFile(file); // a task set aside and never taken up: its báo cáo goes with it
            }

            changes.Delete<ConversationSession>(session.Id);
        }

        return [Vi.Retention.ConversationLine(messages.Count, failed.Count, idle.Count)];
    }
}
