using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace HungYen.Bot.Zalo;

/// <summary>
/// Calls the Zalo Bot API: POST {ApiBaseUrl}/bot{token}/{method} with a JSON body, answers {ok, result | error_code, description}.
/// The token is in every URL, so request URLs are never logged and errors never carry them.
/// </summary>
public sealed class ZaloApiClient(HttpClient http, IOptions<ZaloOptions> options)
{
    /// <summary>Calls <paramref name="method"/> and returns its "result" (null when there is none).</summary>
    public async Task<JsonElement?> CallAsync(string method, object body, CancellationToken cancellationToken)
    {
        var url = $"{options.Value.ApiBaseUrl.TrimEnd('/')}/bot{options.Value.BotToken}/{method}";
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsJsonAsync(url, body, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException error)
        {
            // HttpClient's message may quote the URL, and with it the token: keep only what went wrong.
            throw new HttpRequestException($"Zalo Bot API {method} could not be reached ({error.HttpRequestError})", null, error.StatusCode);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var answer = TryParse(text);
            if (answer?["ok"]?.GetValue<bool>() == true)
            {
                var result = answer["result"];
                return result is null ? null : JsonSerializer.SerializeToElement(result);
            }

            // error_code comes as a number or a string; an nginx 429 is an HTML page with no JSON at all.
            var code = ErrorCode(answer?["error_code"]) ?? (int)response.StatusCode;
            var description = answer?["description"]?.ToString()
                ?? (answer is null && (int)response.StatusCode == 429 ? "rate limited (HTML page)" : response.ReasonPhrase ?? "unknown error");
            throw new ZaloApiException(code, description);
        }
    }

    private static int? ErrorCode(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<double>(out var number))
        {
            return (int)number;
        }

        return value.TryGetValue<string>(out var text)
            && int.TryParse(text.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
    }

    private static JsonObject? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
