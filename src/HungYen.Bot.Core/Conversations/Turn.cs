namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// One update being handled: who, what they said, their session, and everything the turn will write and send.
/// Nothing is written or sent until the engine commits the turn's <see cref="Changes"/> in one transaction.
/// </summary>
public sealed partial class Turn
{
    /// <summary>Telegram's limit for callback_data; kept for every channel so data never has to change shape.</summary>
    public const int MaxChoiceDataBytes = 64;

    /// <summary>The session field listing the files uploaded in the flow in progress that no record keeps yet.</summary>
    public const string UploadsField = "_uploads";

    private readonly IChatChannel? _channel;

    internal Turn(IncomingUpdate update, Participant user, ConversationSession session, IRecordStore store, TimeProvider clock, OfficeOptions office, IChatChannel? channel)
    {
        Update = update;
        User = user;
        Session = session;
        Store = store;
        Clock = clock;
        Office = office;
        Now = clock.GetUtcNow();
        _channel = channel;
    }

    public IncomingUpdate Update { get; }

    public Participant User { get; }

    public ConversationSession Session { get; }

    /// <summary>Reads only: the turn's writes go to <see cref="Changes"/>, committed once by the turn runner.</summary>
    public IRecordReader Store { get; }

    public TimeProvider Clock { get; }

    public OfficeOptions Office { get; }

    /// <summary>The moment the turn started; one clock read per turn so a turn is consistent.</summary>
    public DateTimeOffset Now { get; }

    public ChangeSet Changes { get; } = new();

    /// <summary>A short notice shown where the person pressed a button (Telegram's callback answer).</summary>
    public string? ButtonNotice { get; set; }

    public ChatAddress Chat => Update.Chat;

    /// <summary>When set, the person's session is deleted instead of saved (they declined the personal-data notice).</summary>
    public bool DiscardSession { get; set; }

    /// <summary>Sends a statement to the person.</summary>
    public void Say(string text) => Enqueue(Chat, new OutgoingMessage(text), bulk: false);

    /// <summary>Asks a question; the choices become buttons or numbered lines, and older buttons go stale.</summary>
    public void Ask(string text, IReadOnlyList<Choice> choices, bool requestContact = false)
    {
        Session.Stamp++;
        Session.Choices = [.. choices];
        Session.PromptText = text;
        var stamped = choices.Select(c => c with { Data = StampData(Session.Stamp, c.Data) }).ToList();
        Enqueue(Chat, new OutgoingMessage(text) { Choices = stamped, RequestContact = requestContact }, bulk: false);
    }

    public void Ask(string text, params Choice[] choices) => Ask(text, (IReadOnlyList<Choice>)choices);

    /// <summary>
    /// Sends a statement with buttons that stand for commands ("/…"): they work whatever question is open, and a typed
    /// number answers them while this is the latest message with choices.
    /// </summary>
    public void Offer(string text, params Choice[] commands)
    {
        if (commands.FirstOrDefault(c => !c.Data.StartsWith('/')) is { } notCommand)
        {
            throw new ArgumentException($"Choice '{notCommand.Data}' of an offer must be a command.", nameof(commands));
        }

        Enqueue(Chat, new OutgoingMessage(text) { Choices = commands }, bulk: false);
    }

    /// <summary>Sends a file to the person, with a caption.</summary>
    /// <param name="personalData">False only for a file known to carry no personal data: its download link lives longer.</param>
    public void SendFile(string caption, string fileName, byte[] content, bool isPhoto = false, bool personalData = true) =>
        Enqueue(Chat, new OutgoingMessage(caption) { File = new OutgoingFile(fileName, content, isPhoto) { CarriesPersonalData = personalData } }, bulk: false);

    /// <summary>Sends a file already in the store (a nomination's báo cáo thành tích) without storing another copy of it.</summary>
    public void SendStoredFile(string caption, StoredFile file) =>
        Enqueue(Chat, new OutgoingMessage(caption) { File = new OutgoingFile(file.FileName, file.Content) { StoredFileId = file.Id } }, bulk: false);

    /// <summary>
    /// Stores a file the person sent for the flow in progress. Until a record keeps it (<see cref="KeepUploads"/>) it
    /// belongs to the flow: replaced (<see cref="DropUpload"/>) or left behind by a cancelled flow, it is deleted.
    /// </summary>
    public void SaveUpload(StoredFile file)
    {
        Changes.SaveFile(file);
        Session.Set(UploadsField, string.Join(' ', [.. PendingUploads(), file.Id]));
    }

    /// <summary>Deletes an upload of this flow that a newer one replaced; a file some record keeps is left alone.</summary>
    public void DropUpload(string fileId)
    {
        var pending = PendingUploads();
        if (pending.Remove(fileId))
        {
            Changes.DeleteFile(fileId);
            Session.Set(UploadsField, pending.Count == 0 ? null : string.Join(' ', pending));
        }
    }

    /// <summary>The flow's uploads now belong to a saved record, and outlive the flow.</summary>
    public void KeepUploads() => Session.Set(UploadsField, null);

    /// <summary>The files a flow's answers hold that no record keeps yet (its <see cref="UploadsField"/>).</summary>
    public static IReadOnlyList<string> UploadsIn(IReadOnlyDictionary<string, string> draft) =>
        draft.TryGetValue(UploadsField, out var files) ? files.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];

    private List<string> PendingUploads() => [.. UploadsIn(Session.Draft)];

    /// <summary>Sends a message to someone else (a notice; paced as bulk).</summary>
    public void Notify(ChatAddress to, OutgoingMessage message) => Enqueue(to, message, bulk: true);

    /// <summary>
    /// Tells the Văn phòng Sở: its summary chat if configured, otherwise every admin; <paramref name="actions"/> are
    /// command buttons ("/duyet GK-CN-001") that act on what the notice is about.
    /// </summary>
    public void NotifyOffice(string text, params Choice[] actions)
    {
        foreach (var target in Office.NoticeTargets().Where(t => t != Chat))
        {
            Notify(target, new OutgoingMessage(text) { Choices = actions });
        }
    }

    /// <summary>Ends the current flow, forgetting its answers; its buttons go stale.</summary>
    public void EndFlow()
    {
        foreach (var upload in PendingUploads())
        {
            Changes.DeleteFile(upload); // a cancelled draft's files go with it
        }

        Session.Flow = null;
        Session.State = null;
        Session.Draft.Clear();
        Session.Choices.Clear();
        Session.PromptText = null;
        Session.Stamp++;
    }

    /// <summary>Records as this turn will leave them: stored ones with this turn's pending upserts laid over them.</summary>
    public IReadOnlyList<T> Overlay<T>(IEnumerable<T> stored) where T : Record
    {
        var pending = Changes.Upserts.OfType<T>().ToDictionary(r => r.Id);
        return [.. stored.Select(r => pending.GetValueOrDefault(r.Id, r))];
    }

    /// <summary>Fetches the bytes of a file the person sent.</summary>
    public Task<byte[]> DownloadAsync(IncomingFile file, CancellationToken cancellationToken) =>
        _channel is null
            ? throw new InvalidOperationException($"Channel '{Chat.Channel}' is not running.")
            : _channel.DownloadFileAsync(file.FileId, cancellationToken);

    internal static string StampData(int stamp, string data)
    {
        var stamped = $"{stamp.ToString("x", System.Globalization.CultureInfo.InvariantCulture)}|{data}";
        return Encoding.UTF8.GetByteCount(stamped) > MaxChoiceDataBytes
            ? throw new InvalidOperationException($"Choice data '{data}' is longer than {MaxChoiceDataBytes} bytes once stamped.")
            : stamped;
    }

    internal static bool TryParseStamped(string data, out int stamp, out string value)
    {
        var bar = data.IndexOf('|');
        value = bar >= 0 ? data[(bar + 1)..] : "";
        stamp = 0;
        return bar > 0 && int.TryParse(data.AsSpan(0, bar), System.Globalization.NumberStyles.HexNumber, null, out stamp);
    }

    private void Enqueue(ChatAddress to, OutgoingMessage message, bool bulk) => Changes.Send(to, message, Now, bulk);

    internal void EditPressedMessage(string messageId, string text) =>
        Changes.Enqueue(new OutboxMessage { Channel = Chat.Channel, ChatId = Chat.Id, Text = text, EditMessageId = messageId, CreatedAt = Now });
}
