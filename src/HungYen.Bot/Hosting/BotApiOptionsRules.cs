namespace HungYen.Bot.Hosting;

/// <summary>
/// The checks the options of a bot-API channel share (Telegram, Zalo Bot): the channel is on when a token is set, the
/// token has the form &lt;id&gt;:&lt;secret&gt;, and the API's address, when one is given, is absolute; their HTTP client is
/// the channel's own.
/// </summary>
internal static class BotApiOptionsRules
{
    public static bool IsConfigured(string? botToken) => !string.IsNullOrWhiteSpace(botToken);

    /// <param name="section">The configuration section, named in the messages ("Telegram").</param>
    /// <param name="botToken">The token as configured.</param>
    /// <param name="tokenForm">The form the operator should see the token in, and where it comes from.</param>
    /// <param name="apiBaseUrl">The API's address; null when none is needed.</param>
    public static IEnumerable<ValidationResult> Check(string section, string? botToken, string tokenForm, string? apiBaseUrl)
    {
        if (IsConfigured(botToken) && !botToken!.Contains(':', StringComparison.Ordinal))
        {
            yield return new ValidationResult($"{section}:BotToken is not a bot token (expected the form {tokenForm}).", ["BotToken"]);
        }

        if (apiBaseUrl is not null && !Uri.TryCreate(apiBaseUrl, UriKind.Absolute, out _))
        {
            yield return new ValidationResult($"{section}:ApiBaseUrl '{apiBaseUrl}' is not an absolute URL.", ["ApiBaseUrl"]);
        }
    }

    /// <summary>Binds the channel's options (validated at start) and says whether the channel runs: asked for, and its token set.</summary>
    public static bool AddBotApiOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string section, bool enabled)
        where TOptions : class
    {
        services.AddValidatedOptions<TOptions>(section);
        return enabled && IsConfigured(configuration[$"{section}:BotToken"]);
    }

    /// <summary>
    /// The channel's own HttpClient, not the factory's: the factory's logging would write request URLs, and with them the
    /// token. It waits out a long poll with half a minute to spare.
    /// </summary>
    public static HttpClient HttpClientFor(int pollingTimeoutSeconds) => new() { Timeout = TimeSpan.FromSeconds(pollingTimeoutSeconds + 30) };
}
