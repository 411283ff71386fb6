namespace HungYen.Bot.Testing;

/// <summary>
/// What a fake server was sent, in order, and the waits for a message to come: a waiter is woken by the send it matches
/// (a signal, not a sleep loop). One piece for the fake Zalo Bot and Zalo OA servers.
/// </summary>
/// <param name="what">What a timed-out wait says it waited for ("Zalo message").</param>
/// <param name="describe">One line per message sent, listed when a wait times out.</param>
public sealed class SentLog<T>(string what, Func<T, string> describe)
    where T : class
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);
    private readonly object _gate = new();
    private readonly List<T> _sent = [];
    private readonly List<(Func<T, bool> Match, TaskCompletionSource<T> Done)> _waiters = [];

    public IReadOnlyList<T> Items
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>Records a message the fake accepted and wakes the waits it matches.</summary>
    public void Add(T sent)
    {
        List<TaskCompletionSource<T>> woken;
        lock (_gate)
        {
            _sent.Add(sent);
            woken = [.. _waiters.Where(w => w.Match(sent)).Select(w => w.Done)];
            _waiters.RemoveAll(w => woken.Contains(w.Done));
        }

        foreach (var done in woken)
        {
            done.TrySetResult(sent);
        }
    }

    /// <summary>The first message sent (or, if none yet, the next) that matches; a timeout lists what was sent.</summary>
    public async Task<T> WaitForAsync(Func<T, bool> match, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_sent.FirstOrDefault(match) is { } already)
            {
                return already;
            }

            _waiters.Add((match, done));
        }

        try
        {
            return await done.Task.WaitAsync(timeout ?? DefaultTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No matching {what} was sent. Sent so far:\n" + string.Join("\n---\n", Items.Select(describe)));
        }
    }
}
