namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// Slows down someone who keeps typing wrong codes (enrolment, invitation), so codes cannot be guessed by trying many.
/// After <see cref="MaxFailures"/> failures within <see cref="Window"/> the sender waits <see cref="LockOut"/>, doubling at
/// each new lock-out. Kept in the store (<see cref="CodeAttempts"/>), so a restart does not forgive.
/// </summary>
public sealed class CodeAttemptThrottle(IRecordStore store, TimeProvider clock)
{
    public const int MaxFailures = CodeAttempts.FreeFailures;

    public static readonly TimeSpan Window = CodeAttempts.Window;

    public static readonly TimeSpan LockOut = TimeSpan.FromMinutes(15);

    /// <summary>Whether the sender must wait before trying another code; <paramref name="retryAt"/> says until when.</summary>
    public bool IsLockedOut(ChatAddress sender, out DateTimeOffset retryAt)
    {
        var attempts = store.Find<CodeAttempts>(sender.ToString());
        retryAt = attempts?.BlockedUntil ?? default;
        return attempts?.IsBlocked(clock.GetUtcNow()) == true;
    }

    /// <summary>Counts a wrong code; returns true when the sender is now locked out.</summary>
    public bool RecordFailure(ChatAddress sender)
    {
        var now = clock.GetUtcNow();
        var attempts = store.Find<CodeAttempts>(sender.ToString()) ?? new CodeAttempts { Id = sender.ToString(), WindowStart = now };
        var blocked = attempts.Fail(now);

        // The other deliberate exception to one commit per turn (beside IRecordReader.NextSequence): a wrong code
        // counts at once, even if the turn then fails or its update is delivered again, so guesses cannot be replayed.
        var changes = new ChangeSet();
        changes.Upsert(attempts);
        store.Commit(changes);
        return blocked;
    }

    /// <summary>How many more wrong codes the sender may type before the lock-out (told with each wrong code).</summary>
    public int TriesLeft(ChatAddress sender)
    {
        var attempts = store.Find<CodeAttempts>(sender.ToString());
        return attempts is null || clock.GetUtcNow() - attempts.WindowStart >= Window ? MaxFailures : Math.Max(0, MaxFailures - attempts.Failures);
    }

    /// <summary>A right code: the sender's slate is wiped.</summary>
    public void RecordSuccess(ChatAddress sender)
    {
        if (store.Find<CodeAttempts>(sender.ToString()) is not null)
        {
            var changes = new ChangeSet();
            changes.Delete<CodeAttempts>(sender.ToString());
            store.Commit(changes);
        }
    }
}
