using System.Collections.Concurrent;
using HungYen.Bot.Core.Channels;

namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// Slows down someone who keeps typing wrong codes, so personal codes cannot be guessed by trying many. After
/// <see cref="MaxFailures"/> failures within <see cref="Window"/> the sender is locked out for <see cref="LockOut"/>.
/// Kept in memory: a restart forgives, which is harmless at this scale.
/// </summary>
public sealed class CodeAttemptThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan LockOut = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<ChatAddress, List<DateTimeOffset>> _failures = new();

    /// <summary>Whether the sender must wait before trying another code; <paramref name="retryAt"/> says until when.</summary>
    public bool IsLockedOut(ChatAddress sender, out DateTimeOffset retryAt)
    {
        retryAt = default;
        if (!_failures.TryGetValue(sender, out var times))
        {
            return false;
        }

        lock (times)
        {
            var now = clock.GetUtcNow();
            times.RemoveAll(t => now - t > Window + LockOut);
            if (times.Count < MaxFailures)
            {
                return false;
            }

            retryAt = times[^1] + LockOut;
            return now < retryAt;
        }
    }

    public void RecordFailure(ChatAddress sender)
    {
        var times = _failures.GetOrAdd(sender, _ => []);
        lock (times)
        {
            var now = clock.GetUtcNow();
            times.RemoveAll(t => now - t > Window);
            times.Add(now);
        }
    }

    public void RecordSuccess(ChatAddress sender) => _failures.TryRemove(sender, out _);
}
