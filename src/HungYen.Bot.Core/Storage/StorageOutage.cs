namespace HungYen.Bot.Core.Storage;

/// <summary>
/// Thrown when a turn could not be stored at all (not even as a failed update): the update must not be
/// acknowledged, so that the channel delivers it again once the store writes again.
/// </summary>
public sealed class StorageUnavailableException(Exception inner)
    : Exception("The store could not commit: " + inner.GetType().Name, inner);

/// <summary>
/// One alarm per outage: the first failed commit is logged as an error and the office is told directly (not through
/// the outbox, which lives in the failing store); later failures stay quiet; the first success after it says so.
/// </summary>
public sealed class StorageOutage(ChannelRegistry channels, IOptionsMonitor<OfficeOptions> office, ILogger<StorageOutage> logger)
{
    private int _failing;

    public bool IsFailing => Volatile.Read(ref _failing) == 1;

    public async Task FailedAsync(Exception error, TimeSpan retryIn, CancellationToken ct)
    {
        if (Interlocked.Exchange(ref _failing, 1) == 1)
        {
            logger.LogDebug("The store still cannot commit ({Error}); retrying in {Seconds} s", error.GetType().Name, retryIn.TotalSeconds);
            return;
        }

        logger.LogError(
            "ALARM: the store cannot commit ({Error}: {Inner}); updates are not acknowledged and are retried with back-off " +
            "until it writes again. Check the disk of the database (space, permissions, errors).",
            error.GetType().Name,
            error.InnerException?.GetType().Name);
        await TellOfficeAsync(Vi.Storage.OutageAlarm, ct).ConfigureAwait(false);
    }

    public async Task RecoveredAsync(CancellationToken ct)
    {
        if (Interlocked.Exchange(ref _failing, 0) == 0)
        {
            return;
        }

        logger.LogWarning("The store commits again; the held updates are being applied");
        await TellOfficeAsync(Vi.Storage.OutageRecovered, ct).ConfigureAwait(false);
    }

    private async Task TellOfficeAsync(string text, CancellationToken ct)
    {
        foreach (var target in office.CurrentValue.NoticeTargets())
        {
            if (channels.Find(target.Channel) is not { } channel)
            {
                continue;
            }

            try
            {
                await channel.SendAsync(target.Id, new OutgoingMessage(text), ct).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning("The storage alarm could not reach one office chat: {Error}", error.GetType().Name);
            }
        }
    }
}
