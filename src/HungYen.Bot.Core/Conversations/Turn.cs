using System.Text;
using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Options;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Storage;

namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// One update being handled: who, what they said, their session, and everything the turn will write and send.
/// Nothing is written or sent until the engine commits the turn's <see cref="Changes"/> in one transaction.
/// </summary>
public sealed class Turn
{
    /// <summary>Telegram's limit for callback_data; kept for every channel so data never has to change shape.</summary>
    public const int MaxChoiceDataBytes = 64;

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

    /// <summary>Sends a file to the person, with a caption.</summary>
    public void SendFile(string caption, string fileName, byte[] content, bool isPhoto = false) =>
        Enqueue(Chat, new OutgoingMessage(caption) { File = new OutgoingFile(fileName, content, isPhoto) }, bulk: false);

    /// <summary>Sends a message to someone else (a notice; paced as bulk).</summary>
    public void Notify(ChatAddress to, OutgoingMessage message) => Enqueue(to, message, bulk: true);

    /// <summary>Tells the Văn phòng Sở: its summary chat if configured, otherwise every admin.</summary>
    public void NotifyOffice(string text)
    {
        foreach (var target in Office.NoticeTargets().Where(t => t != Chat))
        {
            Notify(target, new OutgoingMessage(text));
        }
    }

    /// <summary>Ends the current flow, forgetting its answers; its buttons go stale.</summary>
    public void EndFlow()
    {
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
