using System.Linq.Expressions;
using HungYen.Bot.Core.Storage;

namespace HungYen.Bot.Tests.Support;

/// <summary>The real store behind a test's wrapper: reads go straight to it; a wrapper changes only what it is about.</summary>
public abstract class WrappedStore(IRecordStore inner) : IRecordStore
{
    public T? Find<T>(string id) where T : HungYen.Bot.Core.Storage.Record => inner.Find<T>(id);

    public IReadOnlyList<T> Query<T>(Expression<Func<T, bool>>? predicate = null) where T : HungYen.Bot.Core.Storage.Record => inner.Query(predicate);

    public int Count<T>(Expression<Func<T, bool>>? predicate = null) where T : HungYen.Bot.Core.Storage.Record => inner.Count(predicate);

    public bool WasProcessed(string updateKey) => inner.WasProcessed(updateKey);

    public long WriteStamp => inner.WriteStamp;

    public StoredFile? ReadFile(string id) => inner.ReadFile(id);

    public virtual void Commit(ChangeSet changes) => inner.Commit(changes);

    public virtual long NextSequence(string name) => inner.NextSequence(name);
}
