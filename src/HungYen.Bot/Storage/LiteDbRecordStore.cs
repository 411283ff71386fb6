using System.Diagnostics.Metrics;
using System.Linq.Expressions;
using LiteDB;

namespace HungYen.Bot.Storage;

/// <summary>
/// The core's store on one LiteDB database (direct mode, shared by all threads). A commit runs in one LiteDB
/// transaction under a lock, synchronously: LiteDB transactions belong to the OS thread, so none spans an await.
/// </summary>
public sealed partial class LiteDbRecordStore : IRecordStore, IRecordVersions, IOutboxFeed, IDisposable
{
    private const string ProcessedCollection = "processed_updates";
    private const string SequenceCollection = "sequences";

    private readonly LiteDatabase _db;
    private readonly BsonMapper _mapper;
    private readonly TimeProvider _clock;
    private readonly object _gate = new();
    private readonly object _queueGate = new();
    private List<PendingCommit> _queue = [];
    private bool _writing;
    private long _outboxSequence;
    private long _reads;
    private long _changeSets;
    private long _transactions;
    private readonly Meter _meter;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, long> _versions = new();
    // Enough for a couple of hundred people writing at once (a turn reads four or five documents by id). Measured with the
    // wizard benchmark (`-- --rss`), the bot's peak RSS at 100 chats × 4 / 1,000 chats × 1: 20,000 documents 189 / 254 MB,
    // 2,000 143 / 158 MB, 1,000 143 / 147 MB, 500 143 / 145 MB (but at 500, 100 chats already read 2.9 times per update
    // instead of 2.2: the documents of a hundred people no longer fit).
    private readonly RecentDocuments _recent = new(1_000);
    private readonly List<Action<IReadOnlyList<OutboxMessage>>> _followers = [];
    // The conditional commit's memory of which commit last wrote each record: 20,000 records cover far more writes than
    // happen while a job works (a 2,000-delegate import), a few MB at most.
    private readonly RecordWrites _writes = new(20_000);
    private long _recentReads;
    private readonly RecentCounts _counts = new(1_000);
    private long _recentCounts;
    private readonly PendingOutbox _pendingOutbox;
    private readonly AppliedCeilings _applied;
    private long _appliedAbove;

    public LiteDbRecordStore(LiteDatabase db, BsonMapper mapper, TimeProvider? clock = null)
    {
        _db = db;
        _mapper = mapper;
        _clock = clock ?? TimeProvider.System;
        // The maps are built on a thread of their own while this one creates the collections and indexes, which read and
        // write documents only (no map). Both are done before the store is handed out.
        var warm = Task.Factory.StartNew(WarmMapper, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            EnsureIndexes(warm);
        }
        catch
        {
            // A failure of the indexes still waits for the maps, so that nothing builds a map beside them afterwards.
            ((IAsyncResult)warm).AsyncWaitHandle.WaitOne();
            throw;
        }

        warm.GetAwaiter().GetResult();
        var outbox = _db.GetCollection<OutboxMessage>(nameof(OutboxMessage));
        _outboxSequence = outbox.Count() == 0 ? 0 : outbox.Max(m => m.Sequence);
        _pendingOutbox = new PendingOutbox(mapper);
        LoadPendingOutbox();
        _applied = AppliedCeilings.Load(_db.GetCollection(SequenceCollection), _db.GetCollection(ProcessedCollection));
        _meter = new Meter(MeterName);
        _meter.CreateObservableCounter("reads", () => Interlocked.Read(ref _reads), description: "Reads (finds, queries, counts, the applied-update check)");
        _meter.CreateObservableCounter("recent-reads", () => Interlocked.Read(ref _recentReads), description: "Finds by id answered from the documents recently read or written, without a read");
        _meter.CreateObservableCounter("recent-counts", () => Interlocked.Read(ref _recentCounts), description: "Indexed counts answered from the same count made since the last commit of that record type, without a read");
        _meter.CreateObservableCounter("applied-above", () => Interlocked.Read(ref _appliedAbove), description: "Applied-update checks answered by the ceilings, without a read");
        _meter.CreateObservableCounter("change-sets", () => Interlocked.Read(ref _changeSets), description: "Change sets committed");
        _meter.CreateObservableCounter("transactions", () => Interlocked.Read(ref _transactions), description: "LiteDB transactions written (a group commit writes several change sets in one)");
    }

    /// <summary>The meter of the store's activity, for dotnet-counters (<c>--counters HungYen.Bot.Store</c>).</summary>
    public const string MeterName = "HungYen.Bot.Store";

    /// <summary>What the store did since it opened, for the benchmark's round trips per update.</summary>
    public StoreActivity Activity => new(Interlocked.Read(ref _reads), Interlocked.Read(ref _changeSets), Interlocked.Read(ref _transactions));

    /// <summary>For tests: called by the writer before it takes the change sets queued so far.</summary>
    internal Action? BeforeGroup { get; set; }

    /// <summary>For tests: called with each group the writer is about to write in one transaction.</summary>
    internal Action<IReadOnlyList<ChangeSet>>? WritingGroup { get; set; }

    /// <summary>For tests: the update keys of the change sets waiting for the writer.</summary>
    internal IReadOnlyList<string?> QueuedUpdateKeys()
    {
        lock (_queueGate)
        {
            return [.. _queue.Select(p => p.Changes.ProcessedUpdateKey)];
        }
    }

    /// <summary>The file this store runs on (null in memory).</summary>
    public string? DatabasePath { get; private init; }

    /// <summary>
    /// Opens (or creates) the database file at <paramref name="path"/>, after reading all of it: a damaged or
    /// emptied file stops the bot with a <see cref="DatabaseDamagedException"/> naming the file.
    /// </summary>
    public static LiteDbRecordStore Open(string path, TimeProvider? clock = null)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        DatabaseIntegrity.RefuseEmpty(full);
        var existed = File.Exists(full) || File.Exists(DatabaseIntegrity.LogPath(full));
        DatabaseIntegrity.ScanPages(full);
        var mapper = CreateMapper();
        LiteDatabase? db = null;
        try
        {
            db = OpenFile(full, mapper);
            if (existed)
            {
                // A file created just now (no file and no log before) holds nothing to read back.
                DatabaseIntegrity.Verify(db, full);
            }

            return new LiteDbRecordStore(db, mapper, clock) { DatabasePath = full };
        }
        catch (Exception error) when (error is not DatabaseDamagedException and not IOException and not UnauthorizedAccessException)
        {
            Dispose(db);
            throw new DatabaseDamagedException(full, $"cannot be opened as a database ({error.GetType().Name}: {error.Message})", error);
        }
        catch
        {
            Dispose(db);
            throw;
        }
    }

    internal static LiteDatabase OpenFile(string full, BsonMapper mapper) =>
        new(new ConnectionString { Filename = full, Connection = ConnectionType.Direct }, mapper);

    /// <summary>An in-memory database, for tests.</summary>
    public static LiteDbRecordStore InMemory()
    {
        var mapper = CreateMapper();
        return new LiteDbRecordStore(new LiteDatabase(new MemoryStream(), mapper), mapper);
    }

    /// <summary>Free text is stored exactly as typed: LiteDB's defaults would trim it and turn "" into null.</summary>
    public static BsonMapper CreateMapper() => new() { TrimWhitespace = false, EmptyStringToNull = false, EnumAsInteger = false };

    public T? Find<T>(string id) where T : Core.Storage.Record
    {
        var collection = typeof(T).Name;
        if (_recent.TryGet(collection, id, out var document))
        {
            Interlocked.Increment(ref _recentReads);
        }
        else
        {
            Interlocked.Increment(ref _reads);
            var stamp = _recent.Stamp;
            document = _db.GetCollection(collection).FindById(id);
            _recent.Keep(collection, id, document, stamp);
        }

        return document is null ? null : _mapper.ToObject<T>(document);
    }

    public IReadOnlyList<T> Query<T>(Expression<Func<T, bool>>? predicate = null) where T : Core.Storage.Record
    {
        Interlocked.Increment(ref _reads);
        return predicate is null ? [.. Collection<T>().FindAll()] : [.. Collection<T>().Find(CapturedValues.Inline(predicate))];
    }

    public int Count<T>(Expression<Func<T, bool>>? predicate = null) where T : Core.Storage.Record
    {
        if (predicate is null)
        {
            Interlocked.Increment(ref _reads);
            return Collection<T>().Count();
        }

        var inlined = CapturedValues.Inline(predicate);
        if (!IndexedCount.TryMatch(inlined, out var property, out var value))
        {
            Interlocked.Increment(ref _reads);
            return Collection<T>().Count(inlined);
        }

        var collection = typeof(T).Name;
        var version = _versions.GetValueOrDefault(typeof(T)); // read before counting: see RecentCounts
        if (_counts.TryGet(collection, property, value, version, out var count))
        {
            Interlocked.Increment(ref _recentCounts);
            return count;
        }

        Interlocked.Increment(ref _reads);
        count = IndexedCount.Count(_db.GetCollection(collection), property, value);
        _counts.Keep(collection, property, value, version, count);
        return count;
    }

    /// <remarks>
    /// A key above its channel's ceiling is new without a read (<see cref="AppliedCeilings"/>). Any other is read by
    /// primary key: a query on "_id" would scan every update ever applied, slower each day.
    /// </remarks>
    public bool WasProcessed(string updateKey)
    {
        if (_applied.IsNew(updateKey))
        {
            Interlocked.Increment(ref _appliedAbove);
            return false;
        }

        Interlocked.Increment(ref _reads);
        return _db.GetCollection(ProcessedCollection).FindById(updateKey) is not null;
    }

    /// <summary>
    /// Stores <paramref name="changes"/> durably and returns only then. Commits that arrive together are written in one
    /// LiteDB transaction (group commit): the first caller becomes the writer and takes every change set queued meanwhile,
    /// the others wait for that transaction's outcome. A group that fails is retried one change set at a time, so each
    /// caller gets its own change set's outcome: one that cannot be stored never takes another with it. A change set
    /// whose expected records moved (<see cref="ChangeSet.Expected"/>) is refused before anything of it is written, with a
    /// <see cref="RecordsChangedException"/>, and the rest of its group is written without it.
    /// </summary>
    public void Commit(ChangeSet changes)
    {
        if (changes.IsEmpty)
        {
            return;
        }

        var mine = new PendingCommit(changes);
        bool writer;
        lock (_queueGate)
        {
            _queue.Add(mine);
            writer = !_writing;
            _writing = true;
        }

        if (writer)
        {
            WriteQueued();
        }
        else
        {
            mine.Done.Wait();
        }

        mine.Done.Dispose();
        if (mine.Error is { } error)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }
    }

    /// <summary>
    /// Several change sets queued at once, so that the writer takes them into one transaction (with any other queued
    /// meanwhile); returns once all are written, each with its own outcome as <see cref="Commit"/> gives it.
    /// </summary>
    public IReadOnlyList<Exception?> CommitAll(IReadOnlyList<ChangeSet> group)
    {
        var mine = group.Select(c => c.IsEmpty ? null : new PendingCommit(c)).ToList();
        bool writer;
        lock (_queueGate)
        {
            _queue.AddRange(mine.OfType<PendingCommit>());
            writer = !_writing;
            _writing = true;
        }

        if (writer)
        {
            WriteQueued();
        }

        foreach (var pending in mine.OfType<PendingCommit>())
        {
            pending.Done.Wait();
            pending.Done.Dispose();
        }

        return [.. mine.Select(p => p?.Error)];
    }

    /// <summary>The writer's loop: every queued change set in one transaction, until none is left.</summary>
    private void WriteQueued()
    {
        while (true)
        {
            BeforeGroup?.Invoke();
            List<PendingCommit> group;
            lock (_queueGate)
            {
                if (_queue.Count == 0)
                {
                    _writing = false;
                    return;
                }

                group = _queue;
                _queue = [];
            }

            try
            {
                WritingGroup?.Invoke([.. group.Select(p => p.Changes)]);
                Write(group);
            }
            catch (Exception) when (group.Count > 1)
            {
                foreach (var pending in group)
                {
                    pending.Error = null; // refused beside the group's other change sets, it is checked again alone
                    try
                    {
                        Write([pending]);
                    }
                    catch (Exception error)
                    {
                        pending.Error = error;
                    }
                }
            }
            catch (Exception error)
            {
                group[0].Error = error;
            }

            foreach (var pending in group)
            {
                pending.Done.Set();
            }
        }
    }

    private void Write(IReadOnlyList<PendingCommit> pending)
    {
        lock (_gate)
        {
            var group = _writes.Admit([.. pending.Select(p => p.Changes)], (i, refusal) => pending[i].Error = refusal);
            if (group.Count == 0)
            {
                return;
            }

            var known = _recent.Writing(group.SelectMany(c => c.Written.Select(w => (w.Type.Name, w.Id))));
            var written = new List<(string, string, BsonDocument?)>();
            var outboxWritten = new List<OutboxMessage>();
            _db.BeginTrans();
            var sequence = _outboxSequence;
            try
            {
                var count = 0;
                foreach (var changes in group)
                {
                    sequence = Apply(changes, sequence, written, outboxWritten);
                    count++;
                }

                Interlocked.Add(ref _changeSets, count);

                _applied.Stage(group.Select(c => c.ProcessedUpdateKey).OfType<string>(), _db.GetCollection(SequenceCollection));
                var pendingFrom = MovePendingFrom(sequence);
                _db.Commit();
                _pendingOutbox.Stored();
                _applied.Stored();
                _pendingFrom = pendingFrom;
                _outboxSequence = sequence;
                Interlocked.Increment(ref _transactions);
                MoveVersions(group);
                _writes.Stored(group);
            }
            catch
            {
                _db.Rollback();
                _pendingOutbox.Discarded();
                _applied.Discarded();
                _recent.Written(known, []);
                throw;
            }

            _recent.Written(known, written);
            Publish(outboxWritten);

            if (group.Any(c => c.Compact))
            {
                // Erased data: LiteDB zeroes a deleted block in its page, but the log file keeps the pages as they were
                // until a checkpoint writes them home and empties it.
                _db.Checkpoint();
            }
        }
    }

    public long WriteStamp => _writes.Stamp;

    public long VersionOf(IReadOnlyCollection<Type> types)
    {
        var sum = 0L;
        foreach (var type in types)
        {
            sum += _versions.GetValueOrDefault(type);
        }

        return sum;
    }

    /// <summary>After the transaction is stored: the counter of every record type it wrote or deleted moves on.</summary>
    private void MoveVersions(IEnumerable<ChangeSet> group)
    {
        foreach (var changes in group)
        {
            foreach (var record in changes.Upserts)
            {
                _versions.AddOrUpdate(record.GetType(), 1, (_, v) => v + 1);
            }

            foreach (var (type, _) in changes.Deletes)
            {
                _versions.AddOrUpdate(type, 1, (_, v) => v + 1);
            }

            if (changes.Deliveries.Count > 0)
            {
                _versions.AddOrUpdate(typeof(OutboxMessage), 1, (_, v) => v + 1);
            }
        }
    }

    private long Apply(ChangeSet changes, long sequence, List<(string, string, BsonDocument?)> written, List<OutboxMessage> outboxWritten)
    {
        foreach (var record in changes.Upserts)
        {
            var document = _mapper.ToDocument(record.GetType(), record);
            var collection = _db.GetCollection(record.GetType().Name);
            if (record is OutboxMessage)
            {
                _pendingOutbox.KeepDelivery(record.Id, document, id => collection.FindById(id));
            }

            collection.Upsert(document);
            written.Add((record.GetType().Name, record.Id, document));
            if (record is OutboxMessage)
            {
                OutboxWritten(record.Id, document, outboxWritten);
            }
        }

        foreach (var (type, id) in changes.Deletes)
        {
            _db.GetCollection(type.Name).Delete(id);
            written.Add((type.Name, id, null));
            if (type == typeof(OutboxMessage))
            {
                OutboxWritten(id, null, outboxWritten);
            }
        }

        foreach (var file in changes.Files)
        {
            using var content = new MemoryStream(file.Content);
            _db.FileStorage.Upload(file.Id, file.FileName, content);
        }

        foreach (var id in changes.FileDeletes)
        {
            _db.FileStorage.Delete(id);
        }

        sequence = Enqueue(changes.Outbox, sequence, outboxWritten);
        Deliver(changes.Deliveries, written, outboxWritten);
        if (changes.ProcessedUpdateKey is { } key)
        {
            // A key known to be new is inserted: an upsert first searches the largest index of the file for it in vain
            // (about 2 % of the bot's CPU, issue 20). The same key twice in one group fails the insert, and the group is
            // then written one change set at a time, when the second is no longer new.
            var applied = new BsonDocument { ["_id"] = key, ["at"] = _clock.GetUtcNow().UtcDateTime };
            if (_applied.IsNew(key))
            {
                _db.GetCollection(ProcessedCollection).Insert(applied);
            }
            else
            {
                _db.GetCollection(ProcessedCollection).Upsert(applied);
            }
        }

        return sequence;
    }

    public long NextSequence(string name)
    {
        lock (_gate)
        {
            var sequences = _db.GetCollection(SequenceCollection);
            var current = sequences.FindById(name)?["value"].AsInt64 ?? 0;
            sequences.Upsert(new BsonDocument { ["_id"] = name, ["value"] = current + 1 });
            return current + 1;
        }
    }

    public long? FileLength(string id) => _db.FileStorage.FindById(id)?.Length;

    public StoredFile? ReadFile(string id)
    {
        Interlocked.Increment(ref _reads);
        var info = _db.FileStorage.FindById(id);
        if (info is null)
        {
            return null;
        }

        using var content = new MemoryStream();
        info.CopyTo(content);
        return new StoredFile(id, info.Filename, content.ToArray());
    }

    /// <summary>
    /// A consistent copy of the running database: under the commit lock (no transaction in flight), the log is
    /// checkpointed into the data file, which is then copied and the copy read back in full before it replaces
    /// <paramref name="destination"/>. Returns the copy's size in bytes.
    /// </summary>
    public long BackupTo(string destination)
    {
        if (DatabasePath is null)
        {
            throw new InvalidOperationException("An in-memory database has no file to back up.");
        }

        var target = Path.GetFullPath(destination);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        lock (_gate)
        {
            _db.Checkpoint();
            using var source = new FileStream(DatabasePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None);
            source.CopyTo(copy);
            copy.Flush(flushToDisk: true);
        }

        using (var check = OpenFile(partial, CreateMapper()))
        {
            DatabaseIntegrity.Verify(check, partial);
        }

        File.Delete(partial.Replace(".partial", "-log.partial", StringComparison.Ordinal));
        File.Move(partial, target, overwrite: true);
        return new FileInfo(target).Length;
    }

    /// <summary>Reads the whole database again (as at start) and counts what it holds.</summary>
    public DatabaseCensus Census()
    {
        lock (_gate)
        {
            return DatabaseIntegrity.Verify(_db, DatabasePath ?? "(memory)");
        }
    }

    /// <summary>The database's size on disk (the file and its log), for the office's summary.</summary>
    public long SizeOnDisk()
    {
        if (DatabasePath is null)
        {
            return 0;
        }

        var log = Path.Combine(Path.GetDirectoryName(DatabasePath)!, Path.GetFileNameWithoutExtension(DatabasePath) + "-log" + Path.GetExtension(DatabasePath));
        return new[] { DatabasePath, log }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
    }

    public void Dispose()
    {
        _meter.Dispose();
        _db.Dispose();
    }

    private static void Dispose(LiteDatabase? db)
    {
        try
        {
            db?.Dispose();
        }
        catch (Exception)
        {
            // A damaged file may fail to close as well; the original error is the one to report.
        }
    }

    /// <summary>
    /// An index for every property the core marks <see cref="IndexedAttribute"/>; a list indexes each element. A new
    /// index on records already stored may be on a value computed from the record (such as a nomination's quota group)
    /// that older documents do not hold yet: those records are written again, in the same transaction as the index, so
    /// that a kill in between cannot leave an index that misses them. Every collection and index is made in one
    /// transaction: on a new file, one commit instead of one per record type.
    /// </summary>
    /// <param name="warm">The mapper's warm-up: a record is mapped only once it has finished.</param>
    private void EnsureIndexes(Task warm)
    {
        // A database without any collection (a new file) has no index to drop and no collection to look for.
        var empty = !_db.GetCollectionNames().Any();
        _db.BeginTrans();
        try
        {
            foreach (var type in RecordTypes())
            {
                var collection = _db.GetCollection(type.Name);
                CreateIfMissing(type.Name, empty);
                var created = false;
                var marked = type.GetProperties().Where(p => p.IsDefined(typeof(IndexedAttribute), inherit: true)).ToList();
                foreach (var property in marked)
                {
                    var isList = property.PropertyType != typeof(string) && property.PropertyType.IsAssignableTo(typeof(System.Collections.IEnumerable));
                    created |= collection.EnsureIndex(property.Name, isList ? $"$.{property.Name}[*]" : $"$.{property.Name}");
                }

                if (!empty)
                {
                    DropUnmarkedIndexes(type.Name, marked.Select(p => p.Name));
                }

                if (created && collection.Count() > 0)
                {
                    warm.GetAwaiter().GetResult();
                    foreach (var document in collection.FindAll().ToList())
                    {
                        collection.Upsert(_mapper.ToDocument(type, _mapper.ToObject(type, document)));
                    }
                }
            }

            _db.Commit();
        }
        catch
        {
            _db.Rollback();
            throw;
        }
    }

    /// <summary>
    /// An index that no property is marked for any more is dropped: every write would keep it up to date for nothing (the
    /// outbox's status, whose index every sent mark moved, issue 20).
    /// </summary>
    private void DropUnmarkedIndexes(string name, IEnumerable<string> marked)
    {
        var wanted = marked.Append("_id").ToHashSet(StringComparer.Ordinal);
        var unwanted = _db.GetCollection("$indexes").Find(LiteDB.Query.EQ("collection", name)).Select(i => i["name"].AsString).Where(n => !wanted.Contains(n)).ToList();
        foreach (var index in unwanted)
        {
            _db.GetCollection(name).DropIndex(index);
        }
    }

    /// <summary>
    /// Every record type's collection exists from the start. LiteDB fails a read of a collection that another transaction
    /// is creating at that moment ("page type must be collection page", LiteDB issue 2792): a person's first turn could
    /// read a kind of record while the scheduler or another turn wrote the first one. LiteDB creates a collection only on
    /// a write, so one document is written and deleted in the start-up transaction.
    /// </summary>
    private void CreateIfMissing(string name, bool empty)
    {
        if (!empty && _db.CollectionExists(name))
        {
            return;
        }

        const string Probe = "~collection";
        var collection = _db.GetCollection(name);
        collection.Upsert(new BsonDocument { ["_id"] = Probe });
        collection.Delete(Probe);
    }

    /// <summary>
    /// Builds the mapper's entity maps for every record type (and the classes inside them) now, on one thread. LiteDB
    /// registers a type's map before it fills its members, so two turns touching a type for the first time at once could
    /// see a half-built map ("Member … not found on BsonMapper") and fail.
    /// </summary>
    private void WarmMapper()
    {
        var seen = new HashSet<Type>();
        foreach (var type in RecordTypes())
        {
            Warm(type, seen);
        }
    }

    /// <summary>The core's records and the host's own (the web chat's sessions and history).</summary>
    private static IEnumerable<Type> RecordTypes() =>
        new[] { typeof(Core.Storage.Record).Assembly, typeof(LiteDbRecordStore).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(Core.Storage.Record)) && !t.IsAbstract);

    private void Warm(Type type, HashSet<Type> seen)
    {
        if (!type.IsClass || type == typeof(string) || type.IsArray || type.GetConstructor(Type.EmptyTypes) is null || !seen.Add(type))
        {
            return;
        }

        _mapper.ToDocument(type, Activator.CreateInstance(type)!);
        foreach (var property in type.GetProperties())
        {
            var inner = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments() : [property.PropertyType];
            foreach (var candidate in inner.Where(t => t.Namespace?.StartsWith("HungYen.", StringComparison.Ordinal) == true))
            {
                Warm(candidate, seen);
            }
        }
    }

    private ILiteCollection<T> Collection<T>() => _db.GetCollection<T>(typeof(T).Name);

    /// <summary>A change set waiting for the writer, and its outcome.</summary>
    private sealed class PendingCommit(ChangeSet changes)
    {
        public ChangeSet Changes { get; } = changes;

        /// <remarks>
        /// Waited on without spinning first: a commit takes a good part of a millisecond, and a waiter spinning that long
        /// took a core from the writer (15 % of the bot's on-CPU samples under the wizard workload, issue 20).
        /// </remarks>
        public ManualResetEventSlim Done { get; } = new(false, spinCount: 0);

        public Exception? Error { get; set; }
    }
}
