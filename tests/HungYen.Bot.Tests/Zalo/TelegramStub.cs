using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HungYen.Bot.Tests.Zalo;

/// <summary>
/// Just enough of Telegram's Bot API (getMe, deleteWebhook, setMyCommands, getUpdates with offset, sendMessage) to run
/// the Telegram channel beside Zalo in one process. The full fake lives in HungYen.Bot.Testing/FakeTelegram.
/// </summary>
internal sealed class TelegramStub : IAsyncDisposable
{
    public const string Token = "123456:telegram-stub-token";
    private readonly WebApplication _app;
    private readonly List<JsonObject> _updates = [];
    private readonly List<(long ChatId, string Text)> _sent = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _gate = new();
    private int _nextUpdate = 1;

    private TelegramStub()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/bot{token}/{method}", HandleAsync);
    }

    public string BaseUrl => _app.Urls.First();

    public static async Task<TelegramStub> StartAsync()
    {
        var stub = new TelegramStub();
        await stub._app.StartAsync();
        return stub;
    }

    public void SendText(long userId, string name, string text)
    {
        lock (_gate)
        {
            var id = _nextUpdate++;
            var from = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = name };
            _updates.Add(new JsonObject
            {
                ["update_id"] = id,
                ["message"] = new JsonObject
                {
                    ["message_id"] = id,
                    ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["chat"] = new JsonObject { ["id"] = userId, ["type"] = "private", ["first_name"] = name },
                    ["from"] = from,
                    ["text"] = text,
                },
            });
        }

        Pulse();
    }

    /// <summary>Waits until a text containing <paramref name="fragment"/> was sent to <paramref name="chatId"/>.</summary>
    public async Task<string> WaitForTextAsync(long chatId, string fragment)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_sent.FirstOrDefault(s => s.ChatId == chatId && s.Text.Contains(fragment, StringComparison.Ordinal)) is { Text: not null } found)
                {
                    return found.Text;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(string token, string method, HttpRequest request, CancellationToken ct)
    {
        var body = request.ContentLength is > 0 || request.ContentType is not null
            ? await JsonSerializer.DeserializeAsync<JsonObject>(request.Body, cancellationToken: ct) ?? []
            : [];
        switch (method)
        {
            case "getMe":
                return Ok(new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "HungYen.Bot", ["username"] = "hungyen_bot" });
            case "getUpdates":
                return Ok(await GetUpdatesAsync(body, ct));
            case "sendMessage":
                var chatId = body["chat_id"]!.GetValue<long>();
                var text = body["text"]!.ToString();
                lock (_gate)
                {
                    _sent.Add((chatId, text));
                }

                Pulse();
                return Ok(new JsonObject
                {
                    ["message_id"] = 1,
                    ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
                    ["text"] = text,
                });
            default:
                return Ok(true);
        }
    }

    private async Task<JsonArray> GetUpdatesAsync(JsonObject body, CancellationToken ct)
    {
        var offset = body["offset"]?.GetValue<int>() ?? 0;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(TimeSpan.FromSeconds(body["timeout"]?.GetValue<int>() ?? 0));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var due = _updates.Where(u => u["update_id"]!.GetValue<int>() >= offset).Select(u => u.DeepClone()).ToArray();
                if (due.Length > 0)
                {
                    return new JsonArray(due);
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                return [];
            }
        }
    }

    /// <summary>Wakes everyone waiting for a change (a new update or a sent message).</summary>
    private void Pulse()
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            done = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }

    private static IResult Ok(JsonNode result) => Results.Json(new JsonObject { ["ok"] = true, ["result"] = result });
}
