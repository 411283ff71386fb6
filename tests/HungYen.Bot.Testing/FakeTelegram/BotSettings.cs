namespace HungYen.Bot.Testing.FakeTelegram;

/// <summary>The configuration a bot under test gets: this fake as its Bot API, a LiteDB file, one office admin, no send limits.</summary>
public static class BotSettings
{
    /// <summary>The Telegram user the bot treats as the office (Office:AdminUserIds).</summary>
    public const long AdminChat = 900;

    public static Dictionary<string, string?> For(FakeTelegramServer fake, string databasePath, string logLevel, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        return Settings.Merge(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = fake.Token,
            ["Telegram:ApiBaseUrl"] = fake.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Storage:DatabasePath"] = databasePath,
            ["Office:AdminUserIds:0"] = $"telegram:{AdminChat}",
            ["Sender:MessagesPerSecond"] = "1000",
            ["Sender:BulkIntervalPerChatSeconds"] = "0",
            ["Logging:LogLevel:Default"] = logLevel,
        }, overrides);
    }
}
