using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HungYen.Bot.Testing.FakeZaloOa;

/// <summary>A message the bot sent through the fake OA: its text, button payloads, whether it was the phone form or a file.</summary>
public sealed record SentOaMessage(string UserId, string? Text, IReadOnlyList<string> Buttons, bool PhoneForm, string? FileToken);

/// <summary>
/// A fake Zalo OA Open API on 127.0.0.1: the token endpoint (single-use refresh tokens, expiring access tokens,
/// error -14014 when refused), /v3.0/oa/message/cs (error -216 for an unknown or expired token, -213 for a
/// non-follower, -230 outside the 7-day window), uploads, and signed webhook delivery of a person's events to the bot.
/// Template messages (ZNS by phone, templates by user id) and their errors are in FakeZaloOaServer.Zns.cs.
/// </summary>
public sealed partial class FakeZaloOaServer : IAsyncDisposable
{
    public const string AppId = "1234567890123456789";
    public const string AppSecret = "fake-app-secret-key-0123";
    public const string OaSecretKey = "fake-oa-secret-key-4567";
    public const string OaId = "4400000000000000000";
    private readonly WebApplication _app;
    private readonly HttpClient _http = new();
    private readonly SentLog<SentOaMessage> _sent = new("OA message", s => $"{s.UserId}: {s.Text} [{string.Join(",", s.Buttons)}]");
    private readonly HashSet<string> _validRefresh = [];
    private readonly HashSet<string> _validAccess = [];
    private readonly Dictionary<string, DateTimeOffset> _lastInteraction = [];
    private readonly HashSet<string> _unfollowed = [];
    private readonly List<JsonObject> _recent = [];
    private readonly object _gate = new();
    private int _counter;

    private FakeZaloOaServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/v4/oa/access_token", RefreshAsync);
        _app.MapPost("/v3.0/oa/message/cs", SendAsync);
        _app.MapPost("/v2.0/oa/upload/{kind}", Upload);
        _app.MapGet("/v2.0/oa/listrecentchat", ListRecentChat);
        MapTemplates();
        InitialRefreshToken = NewToken("refresh");
        _validRefresh.Add(InitialRefreshToken);
    }

    public string BaseUrl => _app.Urls.First();

    /// <summary>The bot's webhook URL, set once its web server listens.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The refresh token an OA admin's grant produced: the bot's bootstrap.</summary>
    public string InitialRefreshToken { get; }

    /// <summary>Lifetime of issued access tokens, as the string the real API returns.</summary>
    public int ExpiresInSeconds { get; set; } = 90000;

    /// <summary>While set, every refresh is refused (-14014), as when the grant was revoked.</summary>
    public bool RefuseRefresh { get; set; }

    public int RefreshCalls { get; private set; }

    /// <summary>
    /// How long a refresh's answer is held back after the pair was rotated: a window in which the old refresh token is
    /// already spent and the new one not yet in the bot's hands.
    /// </summary>
    public TimeSpan RefreshAnswerDelay { get; set; }

    /// <summary>The fake's own clock for the messaging window.</summary>
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public IReadOnlyList<SentOaMessage> Sent => _sent.Items;

    public static async Task<FakeZaloOaServer> StartAsync()
    {
        var server = new FakeZaloOaServer();
        await server._app.StartAsync().ConfigureAwait(false);
        return server;
    }

    /// <summary>Records an interaction (a message, a call) that opens the window, without an event to the bot.</summary>
    public void MarkInteracted(string userId)
    {
        lock (_gate)
        {
            _lastInteraction[userId] = Now;
        }
    }

    /// <summary>Every access token issued so far stops working (-216), as after expiry or revocation.</summary>
    public void InvalidateAccessTokens()
    {
        lock (_gate)
        {
            _validAccess.Clear();
        }
    }

    /// <summary>A signed user_send_text event posted to the bot's webhook; returns the HTTP status it answered.</summary>
    public Task<int> SendTextAsync(string userId, string text, string? msgId = null) =>
        DeliverAsync(Event("user_send_text", new JsonObject { ["sender"] = new JsonObject { ["id"] = userId }, ["recipient"] = new JsonObject { ["id"] = OaId }, ["message"] = new JsonObject { ["msg_id"] = msgId ?? NewToken("msg"), ["text"] = text } }), userId);

    /// <summary>
    /// A person writes while the bot's webhook is down: the OA keeps it in its recent chats (listrecentchat) but the
    /// webhook call fails, so only the bot's catch-up at start finds it. Returns the message id.
    /// </summary>
    public string WriteWhileBotIsDown(string userId, string text)
    {
        var msgId = NewToken("msg");
        lock (_gate)
        {
            _lastInteraction[userId] = Now;
            Remember(userId, msgId, text);
        }

        return msgId;
    }

    /// <summary>A button press: the payload arrives as the user's text.</summary>
    public Task<int> PressAsync(string userId, string payload) => SendTextAsync(userId, payload);

    public Task<int> FollowAsync(string userId, bool follow = true) =>
        DeliverAsync(Event(follow ? "follow" : "unfollow", new JsonObject { ["oa_id"] = OaId, ["follower"] = new JsonObject { ["id"] = userId }, ["source"] = "oa_profile" }), userId, follow);

    public Task<int> SubmitPhoneAsync(string userId, string phone, string name) =>
        DeliverAsync(Event("user_submit_info", new JsonObject { ["sender"] = new JsonObject { ["id"] = userId }, ["recipient"] = new JsonObject { ["id"] = OaId }, ["info"] = new JsonObject { ["name"] = name, ["phone"] = phone } }), userId);

    /// <summary>Posts <paramref name="body"/> to the webhook with a given (possibly wrong) signature header, or none.</summary>
    public async Task<int> PostRawAsync(string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", signature);
        }

        using var response = await _http.SendAsync(request).ConfigureAwait(false);
        return (int)response.StatusCode;
    }

    /// <summary>The real platform's mac: lowercase hex SHA-256 of app_id + body + timestamp + OA Secret Key.</summary>
    public static string Sign(string body, string timestamp) => "mac=" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AppId + body + timestamp + OaSecretKey)));

    public static JsonObject Event(string eventName, JsonObject fields)
    {
        var e = new JsonObject { ["app_id"] = AppId, ["user_id_by_app"] = "app-" + eventName, ["event_name"] = eventName, ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) };
        foreach (var (key, value) in fields.ToList())
        {
            fields.Remove(key);
            e[key] = value;
        }

        return e;
    }

    public Task<SentOaMessage> WaitForAsync(Func<SentOaMessage, bool> match, TimeSpan? timeout = null) => _sent.WaitForAsync(match, timeout);

    public Task<SentOaMessage> WaitForTextAsync(string userId, string fragment, TimeSpan? timeout = null) =>
        WaitForAsync(m => m.UserId == userId && m.Text is { } t && t.Contains(fragment, StringComparison.Ordinal), timeout);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<int> DeliverAsync(JsonObject e, string userId, bool interaction = true)
    {
        lock (_gate)
        {
            if (interaction)
            {
                _lastInteraction[userId] = Now;
                _unfollowed.Remove(userId);
            }

            if (e["event_name"]?.ToString() == "user_send_text" && e["message"] is JsonObject m)
            {
                Remember(userId, m["msg_id"]!.ToString(), m["text"]?.ToString() ?? "");
            }
            else
            {
                _unfollowed.Add(userId);
            }
        }

        var body = e.ToJsonString();
        return await PostRawAsync(body, Sign(body, e["timestamp"]!.ToString())).ConfigureAwait(false);
    }

    private string NewToken(string kind) => $"{kind}-{Interlocked.Increment(ref _counter)}-{Guid.NewGuid():N}";

    private async Task<IResult> RefreshAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync().ConfigureAwait(false);
        var answer = Rotate(request, form);
        if (RefreshAnswerDelay > TimeSpan.Zero)
        {
            await Task.Delay(RefreshAnswerDelay).ConfigureAwait(false);
        }

        return answer;
    }

    private IResult Rotate(HttpRequest request, IFormCollection form)
    {
        lock (_gate)
        {
            RefreshCalls++;
            if (request.Headers["secret_key"] != AppSecret || form["app_id"] != AppId)
            {
                return Results.Json(new JsonObject { ["error"] = -14002, ["error_name"] = "Invalid app", ["error_description"] = "app_id or secret_key is invalid" });
            }

            var refresh = form["refresh_token"].ToString();
            if (RefuseRefresh || form["grant_type"] != "refresh_token" || !_validRefresh.Remove(refresh))
            {
                return Results.Json(new JsonObject { ["error"] = -14014, ["error_name"] = "Invalid refresh token", ["error_description"] = "Refresh token is invalid" });
            }

            var access = NewToken("access");
            var next = NewToken("refresh");
            _validAccess.Add(access);
            _validRefresh.Add(next);
            return Results.Json(new JsonObject { ["access_token"] = access, ["refresh_token"] = next, ["expires_in"] = ExpiresInSeconds.ToString(CultureInfo.InvariantCulture) });
        }
    }

    /// <summary>The shape GC's poll.go reads: data is a list, newest first, at most 10; src 1 = from the user.</summary>
    private IResult ListRecentChat(HttpRequest request)
    {
        if (TokenError(request) is { } error)
        {
            return error;
        }

        var query = JsonNode.Parse(request.Query["data"].ToString() ?? "{}") as JsonObject ?? [];
        var offset = query["offset"]?.GetValue<int>() ?? 0;
        var count = Math.Min(10, query["count"]?.GetValue<int>() ?? 10);
        lock (_gate)
        {
            var page = new JsonArray([.. _recent.AsEnumerable().Reverse().Skip(offset).Take(count).Select(m => (JsonNode)m.DeepClone())]);
            return Results.Json(new JsonObject { ["error"] = 0, ["message"] = "Success", ["data"] = page });
        }
    }

    /// <summary>Kept as the OA's recent chats. Under the gate.</summary>
    private void Remember(string userId, string msgId, string text) =>
        _recent.Add(new JsonObject
        {
            ["src"] = 1,
            ["time"] = Now.ToUnixTimeMilliseconds(),
            ["type"] = "text",
            ["message"] = text,
            ["message_id"] = msgId,
            ["from_id"] = userId,
            ["to_id"] = OaId,
            ["from_display_name"] = "Người dùng Zalo",
        });

    private IResult? TokenError(HttpRequest request)
    {
        lock (_gate)
        {
            return _validAccess.Contains(request.Headers["access_token"].ToString()) ? null : Error(-216, "Access token is invalid");
        }
    }

    private async Task<IResult> SendAsync(HttpRequest request)
    {
        if (TokenError(request) is { } error)
        {
            return error;
        }

        var body = await JsonSerializer.DeserializeAsync<JsonObject>(request.Body).ConfigureAwait(false) ?? [];
        var userId = body["recipient"]?["user_id"]?.ToString() ?? "";
        var message = body["message"] as JsonObject ?? [];
        var text = message["text"]?.ToString();
        if (text is { Length: > 2000 })
        {
            return Error(-210, "Text is over 2000 characters");
        }

        var payload = message["attachment"]?["payload"];
        var buttons = payload?["buttons"] is JsonArray list ? list.Select(b => b!["payload"]!.ToString()).ToList() : [];
        var sent = new SentOaMessage(userId, text, buttons, payload?["template_type"]?.ToString() == "request_user_info", message["attachment"]?["type"]?.ToString() == "file" ? payload?["token"]?.ToString() : null);
        lock (_gate)
        {
            if (_unfollowed.Contains(userId))
            {
                return Error(-213, "User has not followed OA");
            }

            if (!_lastInteraction.TryGetValue(userId, out var last) || Now - last > TimeSpan.FromDays(7))
            {
                return Error(-230, "User has not interacted with the OA in the last 7 days");
            }
        }

        _sent.Add(sent);

        return Results.Json(new JsonObject { ["data"] = new JsonObject { ["message_id"] = NewToken("mid"), ["user_id"] = userId }, ["error"] = 0, ["message"] = "Success" });
    }

    private IResult Upload(string kind, HttpRequest request)
    {
        if (TokenError(request) is { } error)
        {
            return error;
        }

        JsonObject data = kind == "image" ? new JsonObject { ["attachment_id"] = NewToken("img") } : new JsonObject { ["token"] = NewToken("file") };
        return Results.Json(new JsonObject { ["data"] = data, ["error"] = 0, ["message"] = "Success" });
    }

    private static IResult Error(int code, string message) => Results.Json(new JsonObject { ["error"] = code, ["message"] = message });
}
