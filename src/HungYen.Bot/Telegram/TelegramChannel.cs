using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.ReplyMarkups;

namespace HungYen.Bot.Telegram;

/// <summary>The Telegram adapter's sending half: our channel interface on Telegram.Bot's API calls.</summary>
public sealed class TelegramChannel(ITelegramBotClient bot) : IChatChannel
{
    public const string ChannelName = "telegram";
    private const int MaxCaption = 1024;

    /// <summary>The command menu last set for each chat in this process (a signature of the names), to skip repeats.</summary>
    private readonly ConcurrentDictionary<string, string> _menus = new();

    public string Name => ChannelName;

    public int MaxTextLength => 4096;

    /// <summary>Telegram's groups, supergroups and channels have negative ids; people have positive ones.</summary>
    public bool IsSharedChat(string chatId) => chatId.StartsWith('-');

    public Task<string?> SendAsync(string chatId, OutgoingMessage message, CancellationToken cancellationToken) =>
        Translate(async () =>
        {
            var chat = ToChatId(chatId);
            var markup = Markup(message);
            if (message.File is not { } file)
            {
                var sent = await bot.SendMessage(chat, message.Text, replyMarkup: markup, cancellationToken: cancellationToken).ConfigureAwait(false);
                return sent.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var caption = message.Text;
            if (caption.Length > MaxCaption)
            {
                await bot.SendMessage(chat, caption, cancellationToken: cancellationToken).ConfigureAwait(false);
                caption = "";
            }

            using var content = new MemoryStream(file.Content);
            var input = InputFile.FromStream(content, file.FileName);
            var message2 = file.IsPhoto
                ? await bot.SendPhoto(chat, input, caption, replyMarkup: markup, cancellationToken: cancellationToken).ConfigureAwait(false)
                : await bot.SendDocument(chat, input, caption, replyMarkup: markup, cancellationToken: cancellationToken).ConfigureAwait(false);
            return message2.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

    /// <summary>
    /// A chat-scoped command menu (BotCommandScopeChat) for a person whose commands differ from everyone's default;
    /// a guest keeps the default scope set at start.
    /// </summary>
    public async Task ShowCommandsAsync(string chatId, IReadOnlyList<CommandEntry> commands, bool isEveryones, CancellationToken cancellationToken)
    {
        var signature = Signature(commands);
        if (!long.TryParse(chatId, out var chat) || (_menus.TryGetValue(chatId, out var shown) ? shown == signature : isEveryones))
        {
            return;
        }

        await bot.SetMyCommands(commands.Select(c => new BotCommand(c.Name, c.DescriptionVi)), BotCommandScope.Chat(chat), cancellationToken: cancellationToken).ConfigureAwait(false);
        _menus[chatId] = signature;
    }

    private static string Signature(IEnumerable<CommandEntry> commands) => string.Join(' ', commands.Select(c => c.Name));

    public Task EditAsync(string chatId, string messageId, OutgoingMessage message, CancellationToken cancellationToken) =>
        Translate(async () =>
        {
            var keyboard = message.Choices.Count == 0 ? null : Inline(message.Choices);
            try
            {
                await bot.EditMessageText(ToChatId(chatId), int.Parse(messageId, System.Globalization.CultureInfo.InvariantCulture), message.Text, replyMarkup: keyboard, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (ApiRequestException error) when (error.ErrorCode == 400)
            {
                // "message is not modified" or too old to edit: the edit was cosmetic, nothing to retry.
            }

            return (string?)null;
        });

    public Task AnswerButtonAsync(string callbackId, string? notice, CancellationToken cancellationToken) =>
        Translate(async () =>
        {
            await bot.AnswerCallbackQuery(callbackId, notice, showAlert: notice is not null, cancellationToken: cancellationToken).ConfigureAwait(false);
            return (string?)null;
        });

    public async Task<byte[]> DownloadFileAsync(string fileId, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        await Translate(async () =>
        {
            var file = await bot.GetFile(fileId, cancellationToken).ConfigureAwait(false);
            await bot.DownloadFile(file.FilePath!, content, cancellationToken).ConfigureAwait(false);
            return (string?)null;
        }).ConfigureAwait(false);
        return content.ToArray();
    }

    private static ChatId ToChatId(string chatId) =>
        long.TryParse(chatId, out var id) ? new ChatId(id) : new ChatId(chatId);

    private static ReplyMarkup? Markup(OutgoingMessage message)
    {
        if (message.RequestContact)
        {
            var rows = new List<KeyboardButton[]> { new[] { KeyboardButton.WithRequestContact(Vi.ShareContactButton) } };
            return new ReplyKeyboardMarkup(rows) { OneTimeKeyboard = true, ResizeKeyboard = true };
        }

        return message.Choices.Count == 0 ? null : Inline(message.Choices);
    }

    private static InlineKeyboardMarkup Inline(IReadOnlyList<Choice> choices) =>
        new(choices.Select(c => new[] { InlineKeyboardButton.WithCallbackData(c.Label, c.Data) }));

    /// <summary>Turns Telegram's errors into the channel-neutral ones the sender understands.</summary>
    private static async Task<string?> Translate(Func<Task<string?>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ApiRequestException error) when (error.ErrorCode == 429)
        {
            throw new RateLimitedException(TimeSpan.FromSeconds(error.Parameters?.RetryAfter ?? 1), error);
        }
        catch (ApiRequestException error) when (error.ErrorCode == 403
            || (error.ErrorCode == 400 && error.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase)))
        {
            // Blocked, deleted, or never opened the bot: retrying will not help.
            throw new RecipientUnreachableException(error.Message, error);
        }
    }
}
