using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HungYen.Bot.Testing.FakeZalo;

/// <summary>
/// A fake Zalo Bot API on 127.0.0.1 (a free port): getMe, getUpdates (one update per call, no offset, 408 "Request
/// timeout" when nothing arrives), sendMessage (1–2,000 characters), sendPhoto, sendChatAction and the webhook
/// methods. Records what the bot sent; <see cref="WaitForMessageAsync"/> waits on a signal, not a sleep loop.
/// </summary>
public sealed class FakeZaloServer : IAsyncDisposable
{
    public const int MaxText = 2000;
    private readonly WebApplication _app;
    private readonly Channel<JsonObject> _updates = Channel.CreateUnbounded<JsonObject>();
    private readonly List<SentZaloMessage> _sent = [];
    private readonly List<(Func<SentZaloMessage, bool> Match, TaskCompletionSource<SentZaloMessage> Done)> _waiters = [];
    private readonly Dictionary<string, string> _names = [];
    private readonly object _gate = new();
    private (int Code, string Description, int Count) _failSends;
    private int _messageIds;

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

    public IReadOnlyList<SentZaloMessage> Sent
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

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

    /// <summary>Waits until the bot has sent (or had sent) a message matching <paramref name="match"/>.</summary>
    public async Task<SentZaloMessage> WaitForMessageAsync(Func<SentZaloMessage, bool> match, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource<SentZaloMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_sent.FirstOrDefault(match) is { } already)
            {
                return already;
            }

            _waiters.Add((match, done));
        }

        try
        {
            return await done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(15)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException("No matching Zalo message was sent. Sent so far:\n" + string.Join("\n---\n", Sent.Select(s => $"{s.Method} {s.ChatId}: {s.Text ?? s.Photo}")));
        }
    }

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
        _updates.Writer.TryWrite(update);
        return update["message"]!["message_id"]!.ToString();
    }

    private async Task<IResult> HandleAsync(string token, string method, HttpRequest request, CancellationToken ct)
    {
        if (token != Token)
        {
            return Error(401, "Unauthorized");
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
        try
        {
            var update = await _updates.Reader.ReadAsync(wait.Token).ConfigureAwait(false);
            return Ok(update);
        }
        catch (Exception error) when (error is OperationCanceledException or ChannelClosedException)
        {
            return Error(408, "Request timeout");
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

        var sent = new SentZaloMessage(method, chatId, text, body["photo"]?.ToString(), body["caption"]?.ToString());
        List<TaskCompletionSource<SentZaloMessage>> woken;
        lock (_gate)
        {
            if (_failSends.Count > 0)
            {
                _failSends.Count--;
                return Error(_failSends.Code, _failSends.Description);
            }

            _sent.Add(sent);
            woken = [.. _waiters.Where(w => w.Match(sent)).Select(w => w.Done)];
            _waiters.RemoveAll(w => woken.Contains(w.Done));
        }

        foreach (var done in woken)
        {
            done.TrySetResult(sent);
        }

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
