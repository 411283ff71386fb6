using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

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

            var code = (int?)answer?["error_code"]?.AsValue().GetValue<double>() ?? (int)response.StatusCode;
            var description = answer?["description"]?.ToString() ?? response.ReasonPhrase ?? "unknown error";
            throw new ZaloApiException(code, description);
        }
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
