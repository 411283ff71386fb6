using System.ComponentModel.DataAnnotations;

namespace HungYen.Bot.Hosting;

/// <summary>
/// The checks the options of a bot-API channel share (Telegram, Zalo Bot): the channel is on when a token is set, the
/// token has the form &lt;id&gt;:&lt;secret&gt;, and the API's address, when one is given, is absolute.
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
}
