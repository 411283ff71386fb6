namespace HungYen.Bot.Core.Channels;

/// <summary>Where channel adapters hand incoming updates. Returns once the update's effects are committed.</summary>
public interface IUpdateSink
{
    Task HandleAsync(IncomingUpdate update, CancellationToken cancellationToken);

    /// <summary>
    /// A poll's batch: each person's updates in order, different people at once. Returns once every update handled is
    /// committed: whether every one was stored (applied, or recorded as failed). A person whose update was not stored
    /// has their later updates of the batch left for the re-delivery, in order. By default one update at a time.
    /// </summary>
    async Task<bool> HandleBatchAsync(IReadOnlyList<IncomingUpdate> updates, CancellationToken cancellationToken)
    {
        var stored = true;
        await Task.WhenAll(updates.GroupBy(u => u.User).Select(async person =>
        {
            foreach (var update in person)
            {
                try
                {
                    await HandleAsync(update, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    stored = false;
                    return;
                }
            }
        })).ConfigureAwait(false);
        return stored;
    }
}
