namespace HungYen.Bot.Core.Storage;

/// <summary>Everything one turn (or one scheduled job) wants to write, applied at once by <see cref="IRecordStore.Commit"/>.</summary>
public sealed class ChangeSet
{
    private readonly List<Record> _upserts = [];
    private readonly List<(Type Type, string Id)> _deletes = [];
    private readonly List<OutboxMessage> _outbox = [];
    private readonly List<StoredFile> _files = [];
    private readonly List<string> _fileDeletes = [];
    private readonly List<ExpectedRecord> _expected = [];
    private readonly List<OutboxDelivery> _deliveries = [];

    public IReadOnlyList<Record> Upserts => _upserts;

    public IReadOnlyList<(Type Type, string Id)> Deletes => _deletes;

    public IReadOnlyList<OutboxMessage> Outbox => _outbox;

    public IReadOnlyList<StoredFile> Files => _files;

    /// <summary>The outbox's deliveries, applied by the store to the messages as stored (<see cref="OutboxDelivery"/>).</summary>
    public IReadOnlyList<OutboxDelivery> Deliveries => _deliveries;

    /// <summary>Stored files to delete: superseded uploads, files that carried an erased person's data.</summary>
    public IReadOnlyList<string> FileDeletes => _fileDeletes;

    /// <summary>
    /// The records this change set was based on (a conditional commit): the store refuses all of it, before writing
    /// anything, with a <see cref="RecordsChangedException"/> if one of them was written or deleted after its stamp.
    /// </summary>
    public IReadOnlyList<ExpectedRecord> Expected => _expected;

    /// <summary>
    /// Personal data was erased: once committed, the store rewrites its file so that no freed page keeps the old bytes.
    /// </summary>
    public bool Compact { get; set; }

    /// <summary>The update this change set applies; recorded so a re-delivery is recognised.</summary>
    public string? ProcessedUpdateKey { get; set; }

    /// <summary>Every record this change set writes or deletes, by type and id (the messages whose delivery it records among them).</summary>
    public IEnumerable<(Type Type, string Id)> Written =>
        _upserts.Select(r => (r.GetType(), r.Id)).Concat(_deletes).Concat(_deliveries.Select(d => (typeof(OutboxMessage), d.Id)));

    public bool IsEmpty => _upserts.Count == 0 && _deletes.Count == 0 && _outbox.Count == 0 && _files.Count == 0 && _fileDeletes.Count == 0 && _deliveries.Count == 0 && ProcessedUpdateKey is null;

    public void Upsert<T>(T record) where T : Record
    {
        _upserts.RemoveAll(r => r.GetType() == record.GetType() && r.Id == record.Id);
        _upserts.Add(record);
    }

    public void Delete<T>(string id) where T : Record => _deletes.Add((typeof(T), id));

    /// <summary>
    /// The change set holds only if record <paramref name="id"/> of <paramref name="type"/> is as it was at
    /// <paramref name="stamp"/> (the store's <see cref="IRecordStore.WriteStamp"/> read before the record was).
    /// </summary>
    public void Expect(Type type, string id, long stamp) => _expected.Add(new ExpectedRecord(type, id, stamp));

    public void Expect<T>(string id, long stamp) where T : Record => Expect(typeof(T), id, stamp);

    /// <summary>
    /// The store's <see cref="IRecordStore.WriteStamp"/> read before the work behind this change set read anything: set by
    /// whoever opens the work (a turn, a scheduled message, a job), used by <see cref="ExpectNoneWrittenSinceRead{T}"/>.
    /// </summary>
    public long? ReadStamp { get; set; }

    /// <summary>
    /// The change set holds only if no record of type <typeparamref name="T"/> was written or deleted by another commit
    /// since <see cref="ReadStamp"/>, nor by a change set committed before it in the same group: what it decided rests on a
    /// count or a list of them (the seats held, the waiting list, a unit's quota), which such a write may have changed.
    /// A turn refused so is run again on what is stored then (<see cref="Conversations.TurnSteps"/>). Without a read stamp
    /// (a change set built by hand) nothing is expected.
    /// </summary>
    public void ExpectNoneWrittenSinceRead<T>() where T : Record
    {
        if (ReadStamp is { } stamp && !_expected.Exists(e => e.Id is null && e.Type == typeof(T)))
        {
            _expected.Add(new ExpectedRecord(typeof(T), null, stamp));
        }
    }

    /// <summary>
    /// Every record written or deleted so far must be as it was at <paramref name="stamp"/>: work that read its records
    /// after that stamp never overwrites what another commit wrote to them meanwhile (a delegate's answer).
    /// </summary>
    public void ExpectWrittenUnchangedSince(long stamp)
    {
        foreach (var record in _upserts)
        {
            Expect(record.GetType(), record.Id, stamp);
        }

        foreach (var (type, id) in _deletes)
        {
            Expect(type, id, stamp);
        }
    }

    public void Enqueue(OutboxMessage message) => _outbox.Add(message);

    /// <summary>
    /// Records <paramref name="message"/>'s delivery state (its status, attempts, parts sent, times and error) on the
    /// message as stored, not the dispatcher's copy of it: cheaper than writing the whole message again, and an erasure
    /// committed meanwhile stays.
    /// </summary>
    public void RecordDelivery(OutboxMessage message) => _deliveries.Add(OutboxDelivery.Of(message));

    public void SaveFile(StoredFile file) => _files.Add(file);

    public void DeleteFile(string id) => _fileDeletes.Add(id);

    /// <summary>
    /// Queues a message for <paramref name="to"/>, keeping its file (if any) in the store until it is sent; a message
    /// with choices becomes the chat's <see cref="LatestQuestion"/>.
    /// </summary>
    public void Send(ChatAddress to, OutgoingMessage message, DateTimeOffset now, bool bulk)
    {
        var fileId = message.File?.StoredFileId; // a file already stored is sent from there, not stored again
        if (fileId is null && message.File is { } file)
        {
            fileId = $"out/{Guid.NewGuid():N}";
            SaveFile(new StoredFile(fileId, file.FileName, file.Content));
        }

        Enqueue(OutboxMessage.For(to, message, now, bulk, fileId));
        if (message.Choices.Count > 0)
        {
            Upsert(new LatestQuestion { Id = to.ToString(), Choices = [.. message.Choices], At = now });
        }
    }
}
