namespace HungYen.Bot.Core.Channels;

/// <summary>
/// Links that open the bot with a start code (a delegate's token, a unit's enrolment code, a check-in code): a web chat
/// link under Web:PublicBaseUrl when the web chat is on, a t.me link when Bot:Username is set. The web link comes first:
/// every phone has a browser, while t.me cannot be opened everywhere.
/// </summary>
public static class StartLinks
{
    public static string? Web(BotOptions bot, string code) =>
        string.IsNullOrWhiteSpace(bot.WebChatUrl) ? null : $"{bot.WebChatUrl.TrimEnd('/')}/{Uri.EscapeDataString(code)}";

    public static string? Telegram(BotOptions bot, string code) =>
        string.IsNullOrWhiteSpace(bot.Username) ? null : $"https://t.me/{bot.Username.Trim().TrimStart('@')}?start={Uri.EscapeDataString(code)}";

    /// <summary>The link to print or scan: the web link, else the t.me link, else null.</summary>
    public static string? Preferred(BotOptions bot, string code) => Web(bot, code) ?? Telegram(bot, code);

    /// <summary>Every link that exists for the code, the web link first.</summary>
    public static IReadOnlyList<string> All(BotOptions bot, string code) => [.. new[] { Web(bot, code), Telegram(bot, code) }.OfType<string>()];

    /// <summary>The bot's general link, with no code: the web chat's page, else the bot on t.me.</summary>
    public static string? General(BotOptions bot) =>
        !string.IsNullOrWhiteSpace(bot.WebChatUrl) ? bot.WebChatUrl.TrimEnd('/')
        : string.IsNullOrWhiteSpace(bot.Username) ? null : $"https://t.me/{bot.Username.Trim().TrimStart('@')}";
}
