namespace HungYen.Bot.Core.Storage;

/// <summary>
/// A store that tells a follower what each commit did to the outbox, in commit order, so that the sender knows what is
/// pending without reading it back (issue 20: a query of every pending message, and a read of each one before its send,
/// cost more than the sends themselves).
/// </summary>
public interface IOutboxFeed
{
    /// <summary>
    /// Calls <paramref name="committed"/> at once with every pending message, then after each commit with the outbox
    /// messages it wrote, new or changed, once the commit is stored. The calls come one at a time, in commit order, under
    /// the store's write lock: the follower must be quick and must not use the store.
    /// </summary>
    void Follow(Action<IReadOnlyList<OutboxMessage>> committed);
}
