using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Hardening.Storage;

/// <summary>The real store with a switch: while <see cref="Failing"/>, every commit fails as a full disk does.</summary>
public sealed class FailingStore(IRecordStore inner) : WrappedStore(inner)
{
    private volatile bool _failing;
    private int _failedCommits;

    public bool Failing
    {
        get => _failing;
        set => _failing = value;
    }

    public int FailedCommits => Volatile.Read(ref _failedCommits);

    public override void Commit(ChangeSet changes)
    {
        if (_failing)
        {
            Interlocked.Increment(ref _failedCommits);
            throw new IOException("No space left on device");
        }

        base.Commit(changes);
    }

    public override long NextSequence(string name) => _failing ? throw new IOException("No space left on device") : base.NextSequence(name);
}
