using System.Linq.Expressions;
using HungYen.Bot.Core.Storage;

namespace HungYen.Bot.Tests.Hardening.Storage;

/// <summary>The real store with a switch: while <see cref="Failing"/>, every commit fails as a full disk does.</summary>
public sealed class FailingStore(IRecordStore inner) : IRecordStore
{
    private volatile bool _failing;
    private int _failedCommits;

    public bool Failing
    {
        get => _failing;
        set => _failing = value;
    }

    public int FailedCommits => Volatile.Read(ref _failedCommits);

    public T? Find<T>(string id) where T : HungYen.Bot.Core.Storage.Record => inner.Find<T>(id);

    public IReadOnlyList<T> Query<T>(Expression<Func<T, bool>>? predicate = null) where T : HungYen.Bot.Core.Storage.Record => inner.Query(predicate);

    public int Count<T>(Expression<Func<T, bool>>? predicate = null) where T : HungYen.Bot.Core.Storage.Record => inner.Count(predicate);

    public bool WasProcessed(string updateKey) => inner.WasProcessed(updateKey);

    public void Commit(ChangeSet changes)
    {
        if (_failing)
        {
            Interlocked.Increment(ref _failedCommits);
            throw new IOException("No space left on device");
        }

        inner.Commit(changes);
    }

    public long WriteStamp => inner.WriteStamp;

    public long NextSequence(string name) => _failing ? throw new IOException("No space left on device") : inner.NextSequence(name);

    public StoredFile? ReadFile(string id) => inner.ReadFile(id);
}
