using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HungYen.Bot.Testing.FakeZalo;

/// <summary>
/// A fake Zalo Bot API on 127.0.0.1 (a free port): getMe, getUpdates (one update per call, no offset; an empty poll is
/// HTTP 200 with error_code 408, as a number or, with <see cref="EmptyPollCodeAsString"/>, a string), sendMessage
/// (1–2,000 characters), sendPhoto, sendChatAction and the webhook methods. Like the real platform it can drop what a
/// person sends while nothing polls (<see cref="DropWhenNotPolling"/>), enforce the plan's monthly caps (both
/// directions counted; beyond them sends answer 429 "Quota exceeded" and people's messages are lost) and answer nginx's
/// HTML 429 page. Records what the bot sent; <see cref="WaitForMessageAsync"/> waits on a signal, not a sleep loop.
/// </summary>
public sealed class FakeZaloServer : IAsyncDisposable
{
    public const int MaxText = 2000;
    private readonly WebApplication _app;
    private readonly Channel<JsonObject> _updates = Channel.CreateUnbounded<JsonObject>();
    private readonly SentLog<SentZaloMessage> _sent = new("Zalo message", s => $"{s.Method} {s.ChatId}: {s.Text ?? s.Photo}");
    private readonly Dictionary<string, string> _names = [];
    private readonly object _gate = new();
    private readonly HashSet<string> _users = [];
    private (int Code, string Description, int Count) _failSends;
    private int _html429;
    private int _messageIds;
    private int _polling;
    private int _messagesThisMonth;

    private FakeZaloServer(string token)
    {
        Token = token;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/bot{token}/{method}", HandleAsync);
    }

    public string Token { get; }

    public string BaseUrl => _app.Urls.First();

    public string? WebhookUrl { get; private set; }

    public string? WebhookSecret { get; private set; }

    public int GetUpdatesCalls { get; private set; }

    /// <summary>Messages a person sent that the bot never got (nothing was polling, or the plan's cap was reached).</summary>
    public int Dropped { get; private set; }

    /// <summary>
    /// As the real platform, and so by default: a message sent while no getUpdates is waiting (and no webhook is set) is
    /// lost. Tests that type without waiting for a poll turn it off explicitly.
    /// </summary>
    public bool DropWhenNotPolling { get; set; } = true;

    /// <summary>sendPhoto answers 400 "The photo URL is invalid", as Zalo does for hosts its servers cannot fetch.</summary>
    public bool RefusePhotos { get; set; }

    /// <summary>The empty poll's error_code as "408" rather than 408 (both are seen).</summary>
    public bool EmptyPollCodeAsString { get; set; }

    /// <summary>The free plan's distinct users a month (50 on the real one); null: no cap.</summary>
    public int? MonthlyUserCap { get; set; }

    /// <summary>The free plan's messages a month in both directions (3,000 on the real one); null: no cap.</summary>
    public int? MonthlyMessageCap { get; set; }

    /// <summary>Messages counted against the monthly cap so far (people's and the bot's).</summary>
    public int MessagesThisMonth
    {
        get
        {
            lock (_gate)
            {
                return _messagesThisMonth;
            }
        }
    }

    /// <summary>Whether a getUpdates call is waiting right now.</summary>
    public bool IsPolling => Volatile.Read(ref _polling) > 0;

    public IReadOnlyList<SentZaloMessage> Sent => _sent.Items;

    public static async Task<FakeZaloServer> StartAsync(string token = "1234567890:fake-zalo-access-token")
    {
        var server = new FakeZaloServer(token);
        await server._app.StartAsync().ConfigureAwait(false);
        return server;
    }

    /// <summary>Queues a text message from a person, as the next getUpdates answers it; returns its message_id.</summary>
    /// <remarks>A name given once is kept for the person's later messages, as Zalo sends it with each.</remarks>
    public string SendText(string userId, string text, string? displayName = null, string? messageId = null) =>
        Enqueue(Update("message.text.received", userId, NameOf(userId, displayName), text, messageId));

    /// <summary>Queues an update of another kind (e.g. "message.sticker.received"); returns its message_id.</summary>
    public string SendEvent(string eventName, string userId, string? displayName = null) =>
        Enqueue(Update(eventName, userId, NameOf(userId, displayName), null, null));

    /// <summary>The update a person's text makes, as Zalo's getUpdates result (also usable as a webhook body).</summary>
    public static JsonObject Update(string eventName, string userId, string displayName, string? text, string? messageId)
    {
        var message = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = userId, ["display_name"] = displayName, ["is_bot"] = false },
            ["chat"] = new JsonObject { ["id"] = userId, ["chat_type"] = "PRIVATE" },
            ["message_id"] = messageId ?? Guid.NewGuid().ToString("N"),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        };
        if (text is not null)
        {
            message["text"] = text;
        }

        return new JsonObject { ["event_name"] = eventName, ["message"] = message };
    }

    /// <summary>The next <paramref name="count"/> send calls fail with this error (e.g. 429, 403).</summary>
    public void FailNextSends(int errorCode, string description, int count = 1)
    {
        lock (_gate)
        {
            _failSends = (errorCode, description, count);
        }
    }

    /// <summary>The next <paramref name="count"/> calls of any method answer nginx's HTML 429 page (polling too fast).</summary>
    public void AnswerHtml429(int count)
    {
        lock (_gate)
        {
            _html429 = count;
        }
    }

    /// <summary>
    /// A transcript's line: <paramref name="userId"/> types <paramref name="text"/>, and the bot's text to them that
    /// contains <paramref name="expect"/> is waited for.
    /// </summary>
    public Task<SentZaloMessage> SaysAsync(string userId, string text, string expect, string? displayName = null)
    {
        SendText(userId, text, displayName);
        return WaitForTextAsync(userId, expect);
    }

    /// <summary>Waits until the bot has sent (or had sent) a message matching <paramref name="match"/>.</summary>
    public Task<SentZaloMessage> WaitForMessageAsync(Func<SentZaloMessage, bool> match, TimeSpan? timeout = null) => _sent.WaitForAsync(match, timeout);

    /// <summary>Waits for a text sent to <paramref name="chatId"/> that contains <paramref name="fragment"/>.</summary>
    public Task<SentZaloMessage> WaitForTextAsync(string chatId, string fragment, TimeSpan? timeout = null) =>
        WaitForMessageAsync(m => m.ChatId == chatId && m.Text is { } t && t.Contains(fragment, StringComparison.Ordinal), timeout);

    public async ValueTask DisposeAsync()
    {
        _updates.Writer.TryComplete();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private string NameOf(string userId, string? displayName)
    {
        lock (_gate)
        {
            return _names[userId] = displayName ?? _names.GetValueOrDefault(userId) ?? "Người dùng Zalo";
        }
    }

    private string Enqueue(JsonObject update)
    {
        var id = update["message"]!["message_id"]!.ToString();
        var user = update["message"]!["from"]!["id"]!.ToString();
        lock (_gate)
        {
            if ((DropWhenNotPolling && WebhookUrl is null && !IsPolling) || !Admit(user))
            {
                Dropped++;
                return id;
            }
        }

        _updates.Writer.TryWrite(update);
        return id;
    }

    /// <summary>Counts one message with <paramref name="user"/> against the caps; false when a cap refuses it. Under the gate.</summary>
    private bool Admit(string user)
    {
        if (MonthlyUserCap is { } users && !_users.Contains(user) && _users.Count >= users)
        {
            return false;
        }

        if (MonthlyMessageCap is { } messages && _messagesThisMonth >= messages)
        {
            return false;
        }

        _users.Add(user);
        _messagesThisMonth++;
        return true;
    }

    private async Task<IResult> HandleAsync(string token, string method, HttpRequest request, CancellationToken ct)
    {
        if (token != Token)
        {
            return Error(401, "Unauthorized");
        }

        lock (_gate)
        {
            if (_html429 > 0)
            {
                _html429--;
                return Results.Content("<html><head><title>429 Too Many Requests</title></head><body><center><h1>429 Too Many Requests</h1></center><hr><center>nginx</center></body></html>", "text/html", statusCode: 429);
            }
        }

        var body = await JsonSerializer.DeserializeAsync<JsonObject>(request.Body, cancellationToken: ct).ConfigureAwait(false) ?? [];
        return method switch
        {
            "getMe" => Ok(new JsonObject { ["id"] = Token.Split(':')[0], ["account_name"] = "bot.hungyen", ["account_type"] = "BASIC", ["can_join_groups"] = false }),
            "getUpdates" => await GetUpdatesAsync(body, ct).ConfigureAwait(false),
            "sendMessage" => Send(body, "sendMessage"),
            "sendPhoto" => Send(body, "sendPhoto"),
            "sendChatAction" => Send(body, "sendChatAction"),
            "setWebhook" => SetWebhook(body),
            "deleteWebhook" => DeleteWebhook(),
            "getWebhookInfo" => Ok(new JsonObject { ["url"] = WebhookUrl ?? "", ["updated_at"] = 0 }),
            _ => Error(404, "Not Found"),
        };
    }

    private async Task<IResult> GetUpdatesAsync(JsonObject body, CancellationToken ct)
    {
        GetUpdatesCalls++;
        if (WebhookUrl is not null)
        {
            return Error(400, "Webhook is set; getUpdates is not available");
        }

        var seconds = body["timeout"]?.GetValue<int>() ?? 30;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(TimeSpan.FromSeconds(seconds));
        Interlocked.Increment(ref _polling);
        try
        {
            var update = await _updates.Reader.ReadAsync(wait.Token).ConfigureAwait(false);
            return Ok(update);
        }
        catch (Exception error) when (error is OperationCanceledException or ChannelClosedException)
        {
            // The real one: HTTP 200, ok:false, error_code 408 (sometimes a string).
            JsonNode code = EmptyPollCodeAsString ? JsonValue.Create("408") : JsonValue.Create(408);
            return Results.Json(new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = "Request timeout" }, statusCode: 200);
        }
        finally
        {
            Interlocked.Decrement(ref _polling);
        }
    }

    private IResult Send(JsonObject body, string method)
    {
        var chatId = body["chat_id"]?.ToString();
        var text = method == "sendMessage" ? body["text"]?.ToString() : null;
        if (string.IsNullOrEmpty(chatId))
        {
            return Error(400, "Bad Request: chat_id is required");
        }

        if (method == "sendMessage" && (string.IsNullOrEmpty(text) || text.Length > MaxText))
        {
            return Error(400, "Bad Request: text must be 1-2000 characters");
        }

        if (method == "sendPhoto" && string.IsNullOrEmpty(body["photo"]?.ToString()))
        {
            return Error(400, "Bad Request: photo URL is required");
        }

        if (method == "sendPhoto" && RefusePhotos)
        {
            return Error(400, "The photo URL is invalid");
        }

        var sent = new SentZaloMessage(method, chatId, text, body["photo"]?.ToString(), body["caption"]?.ToString());
        lock (_gate)
        {
            if (_failSends.Count > 0)
            {
                _failSends.Count--;
                return Error(_failSends.Code, _failSends.Description);
            }

            if (method != "sendChatAction" && !Admit(chatId))
            {
                return Error(429, "Quota exceeded");
            }
        }

        _sent.Add(sent);

        return Ok(new JsonObject { ["message_id"] = Interlocked.Increment(ref _messageIds).ToString(System.Globalization.CultureInfo.InvariantCulture), ["date"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
    }

    private IResult SetWebhook(JsonObject body)
    {
        var secret = body["secret_token"]?.ToString();
        if (secret is not { Length: >= 8 and <= 256 } || string.IsNullOrEmpty(body["url"]?.ToString()))
        {
            return Error(400, "Bad Request: url and a secret_token of 8-256 characters are required");
        }

        WebhookUrl = body["url"]!.ToString();
        WebhookSecret = secret;
        return Ok(new JsonObject { ["url"] = WebhookUrl });
    }

    private IResult DeleteWebhook()
    {
        WebhookUrl = null;
        WebhookSecret = null;
        return Ok(new JsonObject { ["url"] = "" });
    }

    private static IResult Ok(JsonNode result) => Results.Json(new JsonObject { ["ok"] = true, ["result"] = result });

    private static IResult Error(int code, string description) =>
        Results.Json(new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description }, statusCode: code);
}
