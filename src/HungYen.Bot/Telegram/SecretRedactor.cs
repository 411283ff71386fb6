namespace HungYen.Bot.Telegram;

/// <summary>Removes the bot token from text before it is logged: Telegram puts the token in every URL path.</summary>
public sealed class SecretRedactor(string? secret)
{
    public string Redact(string? text) =>
        string.IsNullOrEmpty(text) || string.IsNullOrEmpty(secret) ? text ?? "" : text.Replace(secret, "***", StringComparison.Ordinal);

    public string Describe(Exception error) => error.GetType().Name + ": " + Redact(error.Message);
}
