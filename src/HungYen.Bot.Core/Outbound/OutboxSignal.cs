namespace HungYen.Bot.Core.Outbound;

/// <summary>
/// Wakes the outbox dispatcher as soon as a turn has committed new messages, and the job runner with it (a job is
/// queued by a turn that also answers "đang xử lý", so the same commit signals both).
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);
    private readonly SemaphoreSlim _jobs = new(0, 1);

    public void Notify()
    {
        Release(_semaphore);
        Release(_jobs);
    }

    /// <summary>Wakes the outbox dispatcher alone (a chat's sender finished with messages queued meanwhile).</summary>
    public void Wake() => Release(_semaphore);

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);

    /// <summary>Waits for the next commit that staged messages (the job runner's wake-up), or the timeout.</summary>
    public Task<bool> WaitForCommitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _jobs.WaitAsync(timeout, cancellationToken);

    private static void Release(SemaphoreSlim semaphore)
    {
        if (semaphore.CurrentCount == 0)
        {
            try
            {
                semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled: nothing more to do.
            }
        }
    }
}
