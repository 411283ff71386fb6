using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace HungYen.Bot.ZaloOa;

/// <summary>
/// Calls the OA Open API with the header access_token; answers are HTTP 200 with {"error":0,…} on success. A token
/// error (-216 invalid, -220 expired) renews the token once and retries once.
/// </summary>
public sealed class ZaloOaApiClient(HttpClient http, ZaloOaTokenManager tokens, IOptions<ZaloOaOptions> options)
{
    public Task<JsonElement> PostJsonAsync(string path, object body, CancellationToken ct) =>
        CallAsync(() => new HttpRequestMessage(HttpMethod.Post, Url(path)) { Content = JsonContent(body) }, ct);

    /// <summary>A call to another host of the same platform (ZNS's business.openapi.zalo.me), with the same token.</summary>
    public Task<JsonElement> PostJsonToAsync(string baseUrl, string path, object body, CancellationToken ct) =>
        CallAsync(() => new HttpRequestMessage(HttpMethod.Post, baseUrl.TrimEnd('/') + path) { Content = JsonContent(body) }, ct);

    public Task<JsonElement> GetAsync(string path, object data, CancellationToken ct) =>
        CallAsync(() => new HttpRequestMessage(HttpMethod.Get, Url(path) + "?data=" + Uri.EscapeDataString(JsonSerializer.Serialize(data))), ct);

    /// <summary>Uploads a file (multipart field "file") to /v2.0/oa/upload/image or /v2.0/oa/upload/file.</summary>
    public Task<JsonElement> UploadAsync(string path, string fileName, byte[] content, CancellationToken ct) =>
        CallAsync(() =>
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", fileName);
            return new HttpRequestMessage(HttpMethod.Post, Url(path)) { Content = form };
        }, ct);

    /// <summary>Fetches a file a person sent (its URL is on Zalo's servers).</summary>
    public Task<byte[]> DownloadAsync(string url, CancellationToken ct) => http.GetByteArrayAsync(new Uri(url), ct);

    private async Task<JsonElement> CallAsync(Func<HttpRequestMessage> build, CancellationToken ct)
    {
        var token = await tokens.GetAccessTokenAsync(ct).ConfigureAwait(false);
        try
        {
            return await SendAsync(build(), token, ct).ConfigureAwait(false);
        }
        catch (ZaloOaApiException error) when (error.IsTokenError)
        {
            token = await tokens.RefreshAsync(token, ct).ConfigureAwait(false);
            return await SendAsync(build(), token, ct).ConfigureAwait(false);
        }
    }

    private async Task<JsonElement> SendAsync(HttpRequestMessage request, string token, CancellationToken ct)
    {
        using (request)
        {
            request.Headers.Add("access_token", token);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, ct).ConfigureAwait(false);
            }
            catch (HttpRequestException error)
            {
                throw new HttpRequestException($"Zalo OA API could not be reached ({error.HttpRequestError})", null, error.StatusCode);
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
                JsonObject? answer;
                try
                {
                    answer = JsonNode.Parse(text) as JsonObject;
                }
                catch (JsonException)
                {
                    answer = null;
                }

                var code = answer?["error"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : (response.IsSuccessStatusCode ? -1 : -(int)response.StatusCode);
                if (answer is not null && code == 0)
                {
                    return JsonSerializer.SerializeToElement(answer);
                }

                throw new ZaloOaApiException(code, answer?["message"]?.ToString() ?? response.ReasonPhrase ?? "unknown error");
            }
        }
    }

    private string Url(string path) => options.Value.ApiBaseUrl.TrimEnd('/') + path;

    private static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
