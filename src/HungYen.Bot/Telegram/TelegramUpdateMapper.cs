using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;

namespace HungYen.Bot.Telegram;

/// <summary>Turns a Telegram update into the core's channel-neutral one; updates the bot does not use give null.</summary>
public static class TelegramUpdateMapper
{
    public static IncomingUpdate? Map(Update update)
    {
        var key = $"{TelegramChannel.ChannelName}:{update.Id.ToString(CultureInfo.InvariantCulture)}";
        switch (update.Type)
        {
            case UpdateType.Message when update.Message is { From: { } from } message:
                return new IncomingUpdate
                {
                    UpdateKey = key,
                    Chat = Address(message.Chat.Id),
                    User = Address(from.Id),
                    ChatKind = Kind(message.Chat.Type),
                    SharedSender = IsShared(from) || message.SenderChat is not null,
                    DisplayName = Name(from),
                    LanguageCode = from.LanguageCode,
                    Text = message.Text ?? message.Caption,
                    Contact = message.Contact is { } contact
                        ? new SharedContact(contact.PhoneNumber, contact.UserId?.ToString(CultureInfo.InvariantCulture), $"{contact.FirstName} {contact.LastName}".Trim())
                        : null,
                    File = message.Document is { } document
                        ? new IncomingFile(document.FileId, document.FileName, document.MimeType, document.FileSize)
                        : message.Photo is { Length: > 0 } photos
                            ? new IncomingFile(photos[^1].FileId, "photo.jpg", "image/jpeg", photos[^1].FileSize)
                            : null,
                };
            case UpdateType.CallbackQuery when update.CallbackQuery is { } query:
                return new IncomingUpdate
                {
                    UpdateKey = key,
                    Chat = Address(query.Message?.Chat.Id ?? query.From.Id),
                    User = Address(query.From.Id),
                    ChatKind = query.Message is { } shown ? Kind(shown.Chat.Type) : ChatKind.Private,
                    SharedSender = IsShared(query.From),
                    DisplayName = Name(query.From),
                    LanguageCode = query.From.LanguageCode,
                    Button = new ButtonPress(query.Data ?? "", query.Message?.MessageId.ToString(CultureInfo.InvariantCulture), query.Id),
                };
            default:
                return null;
        }
    }

    /// <summary>
    /// Telegram's shared senders: 1087968824 (GroupAnonymousBot, an anonymous group admin), 136817688 (Channel_Bot,
    /// a message on behalf of a channel) and 777000 (the "Telegram" service account, forwards from linked channels).
    /// </summary>
    private static readonly HashSet<long> SharedSenders = [1087968824, 136817688, 777000];

    private static bool IsShared(User user) => SharedSenders.Contains(user.Id);

    private static ChatKind Kind(ChatType type) => type switch
    {
        ChatType.Private => ChatKind.Private,
        ChatType.Channel => ChatKind.Channel,
        _ => ChatKind.Group,
    };

    private static ChatAddress Address(long id) => new(TelegramChannel.ChannelName, id.ToString(CultureInfo.InvariantCulture));

    private static string Name(User user) => $"{user.FirstName} {user.LastName}".Trim();
}
