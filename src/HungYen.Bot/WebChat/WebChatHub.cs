namespace HungYen.Bot.WebChat;

/// <summary>Wakes a person's open event streams when their conversation changed (a message, an edit, a revocation).</summary>
public sealed class WebChatHub
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waits = new();

    /// <summary>Completes at the next change; take it before reading, so a change made meanwhile is not missed.</summary>
    public Task NextChange(string personId) =>
        _waits.GetOrAdd(personId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Changed(string personId)
    {
        if (_waits.TryRemove(personId, out var wait))
        {
            wait.TrySetResult();
        }
    }
}
