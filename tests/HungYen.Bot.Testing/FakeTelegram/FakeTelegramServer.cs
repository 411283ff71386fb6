using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HungYen.Bot.Testing.FakeTelegram;

/// <summary>
/// A fake Telegram Bot API server on loopback (Kestrel). The real bot talks to it through Telegram.Bot over HTTP, so
/// tests see the JSON on the wire. Tests play users (UserSays, UserPresses…), read what the bot sent, and switch on
/// 429, 403 and 409 answers.
/// </summary>
public sealed partial class FakeTelegramServer : IAsyncDisposable
{
    public const long BotId = 777000;
    private static readonly User BotUser = new() { Id = BotId, IsBot = true, FirstName = "HungYen Bot", Username = "HungYenTestBot" };

    private readonly object _gate = new();
    private readonly List<Update> _pending = [];
    private readonly Dictionary<int, int> _deliveries = [];
    private readonly ConcurrentQueue<WireMessage> _sent = new();
    private readonly ConcurrentDictionary<string, (string Name, byte[] Content)> _files = new();
    private readonly ConcurrentDictionary<string, int> _requests = new();
    private readonly Dictionary<string, (int Count, int RetryAfter)> _failWith429 = [];
    private readonly Dictionary<int, string> _rawUpdates = [];
    private readonly HashSet<long> _blocked = [];
    private readonly HashSet<long> _neverStarted = [];
    private readonly Dictionary<string, int> _failing = [];
    private TaskCompletionSource _updateArrived = NewSignal();
    private TaskCompletionSource _messageSent = NewSignal();
    private WebApplication? _app;
    private int _nextUpdateId = 1;
    private int _nextMessageId = 1000;
    private int _confirmedOffset;
    private int _count429;
    private int _echoUrlOnError;
    private bool _conflict;

    public string Token { get; } = "123456:TEST-SECRET-TOKEN-abc";

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<WireMessage> Sent => [.. _sent];

    /// <summary>Raised on the request's thread for each message the bot sends, so a benchmark's driver reacts without scanning <see cref="Sent"/>.</summary>
    public event Action<WireMessage>? MessageSent;

    public ConcurrentQueue<EditedMessage> Edits { get; } = new();

    public ConcurrentQueue<CallbackAnswer> CallbackAnswers { get; } = new();

    public ConcurrentQueue<CommandsCall> CommandsCalls { get; } = new();

    public ConcurrentQueue<bool?> DeleteWebhookCalls { get; } = new();

    /// <summary>Inline buttons whose callback_data exceeded Telegram's 64 bytes.</summary>
    public ConcurrentQueue<string> CallbackDataViolations { get; } = new();

    /// <summary>Every request path, to check that nothing but the URL carries the token.</summary>
    public ConcurrentQueue<string> RequestPaths { get; } = new();

    public int Count429 => Volatile.Read(ref _count429);

    public int ConfirmedOffset
    {
        get
        {
            lock (_gate)
            {
                return _confirmedOffset;
            }
        }
    }

    /// <summary>Update ids that getUpdates handed out more than once (re-deliveries).</summary>
    public IReadOnlyList<int> Redelivered
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries.Where(d => d.Value > 1).Select(d => d.Key)];
            }
        }
    }

    /// <summary>The highest update id getUpdates has handed out (0 before any).</summary>
    public int LastDelivered
    {
        get
        {
            lock (_gate)
            {
                return _deliveries.Count == 0 ? 0 : _deliveries.Keys.Max();
            }
        }
    }

    public int RequestCount(string method) => _requests.GetValueOrDefault(method);

    /// <summary>Enqueues many text updates at once (one signal), as a benchmark needs.</summary>
    public void UsersSay(IEnumerable<(long UserId, string Text)> messages)
    {
        lock (_gate)
        {
            foreach (var (userId, text) in messages)
            {
                var id = _nextUpdateId++;
                _pending.Add(new Update { Id = id, Message = UserMessage(userId, "Người dùng", "vi", m => m.Text = text) });
            }

            Release(ref _updateArrived);
        }
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Map("/bot{token}/{method}", HandleAsync);
        _app.MapGet("/file/bot{token}/{**path}", DownloadAsync);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    // ---- switches ----

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> ("*" for every send) answer 429 retry_after.</summary>
    public void FailNextWith429(int count, int retryAfterSeconds, string method = "*")
    {
        lock (_gate)
        {
            _failWith429[method] = (count, retryAfterSeconds);
        }
    }

    /// <summary>The next <paramref name="count"/> calls other than getUpdates fail with an error that echoes the URL (token, chat id).</summary>
    public void EchoUrlOnNextErrors(int count)
    {
        lock (_gate)
        {
            _echoUrlOnError = count;
        }
    }

    /// <summary>Sends to this chat answer 403 "bot was blocked by the user".</summary>
    public void Block(long chatId)
    {
        lock (_gate)
        {
            _blocked.Add(chatId);
        }
    }

    /// <summary>This chat never opened the bot: sends and chat-scoped command menus answer 400 "chat not found".</summary>
    public void NeverStarted(long chatId)
    {
        lock (_gate)
        {
            _neverStarted.Add(chatId);
        }
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> (any method) answer 502, as Telegram does when its servers fail.</summary>
    public void FailNext(string method, int count)
    {
        lock (_gate)
        {
            _failing[method] = count;
        }
    }

    /// <summary>getUpdates answers 409 Conflict, as when a second instance polls the same token.</summary>
    public void ConflictOnGetUpdates(bool on)
    {
        lock (_gate)
        {
            _conflict = on;
        }
    }

    // ---- users ----

    public int UserSays(long userId, string text, string firstName = "Người dùng", string languageCode = "vi") =>
        Enqueue(id => new Update { Id = id, Message = UserMessage(userId, firstName, languageCode, m => m.Text = text) });

    /// <summary>
    /// A message in a group (a negative chat id): from a person, or from one of Telegram's shared senders
    /// (1087968824 anonymous admin, 136817688 on behalf of a channel, 777000 service), optionally on behalf of a chat.
    /// </summary>
    public int UserSaysInGroup(long groupId, long userId, string text, long? senderChatId = null, string firstName = "Người dùng") =>
        Enqueue(id => new Update
        {
            Id = id,
            Message = new Message
            {
                Id = Interlocked.Increment(ref _nextMessageId),
                From = new User { Id = userId, FirstName = firstName, LanguageCode = "vi" },
                Chat = new Chat { Id = groupId, Type = ChatType.Supergroup, Title = "Nhóm công tác" },
                SenderChat = senderChatId is { } chat ? new Chat { Id = chat, Type = ChatType.Channel, Title = "Kênh" } : null,
                Date = DateTime.UtcNow,
                Text = text,
            },
        });

    /// <summary>A press on a button of a message the bot sent in a group.</summary>
    public int UserPressesInGroup(long groupId, long userId, string callbackData, int messageId) =>
        Enqueue(id => new Update
        {
            Id = id,
            CallbackQuery = new CallbackQuery
            {
                Id = $"cb{id}",
                From = new User { Id = userId, FirstName = "Người dùng", LanguageCode = "vi" },
                Message = new Message { Id = messageId, Chat = new Chat { Id = groupId, Type = ChatType.Supergroup, Title = "Nhóm công tác" }, Date = DateTime.UtcNow, From = BotUser },
                ChatInstance = "fake-group",
                Data = callbackData,
            },
        });

    public int UserPresses(long userId, string callbackData, int messageId, string firstName = "Người dùng") =>
        Enqueue(id => new Update
        {
            Id = id,
            CallbackQuery = new CallbackQuery
            {
                Id = $"cb{id}",
                From = new User { Id = userId, FirstName = firstName, LanguageCode = "vi" },
                Message = new Message { Id = messageId, Chat = PrivateChat(userId, firstName), Date = DateTime.UtcNow, From = BotUser },
                ChatInstance = "fake",
                Data = callbackData,
            },
        });

    public int UserSendsContact(long userId, string phone, long? contactUserId, string firstName = "Người dùng") =>
        Enqueue(id => new Update
        {
            Id = id,
            Message = UserMessage(userId, firstName, "vi", m => m.Contact = new Contact { PhoneNumber = phone, FirstName = firstName, UserId = contactUserId }),
        });

    public int UserSendsDocument(long userId, string fileName, byte[] content, string mime, string firstName = "Người dùng")
    {
        var fileId = $"doc-{Guid.NewGuid():N}";
        _files[fileId] = (fileName, content);
        return Enqueue(id => new Update
        {
            Id = id,
            Message = UserMessage(userId, firstName, "vi", m => m.Document = new Document { FileId = fileId, FileUniqueId = fileId, FileName = fileName, MimeType = mime, FileSize = content.Length }),
        });
    }

    /// <summary>
    /// Enqueues an update given as raw JSON (the update id is passed to <paramref name="json"/>), e.g. one that
    /// Telegram.Bot cannot deserialize: a date or id out of range, a field of the wrong type.
    /// </summary>
    public int EnqueueRaw(Func<int, string> json)
    {
        lock (_gate)
        {
            var id = _nextUpdateId++;
            _rawUpdates[id] = json(id);
            _pending.Add(new Update { Id = id });
            Release(ref _updateArrived);
            return id;
        }
    }

    /// <summary>Waits (without polling) until the bot has sent a message matching <paramref name="match"/>.</summary>
    public async Task<WireMessage> WaitForMessageAsync(Func<WireMessage, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                signal = _messageSent.Task;
            }

            if (_sent.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            try
            {
                await signal.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching message within {timeout.TotalSeconds} s. Sent so far:\n" + string.Join("\n---\n", _sent.Select(m => $"[{m.ChatId}] {m.Text}")));
            }
        }
    }

    /// <summary>Waits until the bot sent <paramref name="count"/> messages to <paramref name="chatId"/> in all.</summary>
    public async Task<IReadOnlyList<WireMessage>> WaitForCountAsync(long chatId, int count, TimeSpan timeout)
    {
        await WaitForMessageAsync(_ => _sent.Count(m => m.ChatId == chatId) >= count, timeout);
        return [.. _sent.Where(m => m.ChatId == chatId)];
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private int Enqueue(Func<int, Update> create)
    {
        lock (_gate)
        {
            var update = create(_nextUpdateId++);
            _pending.Add(update);
            Release(ref _updateArrived);
            return update.Id;
        }
    }

    private Message UserMessage(long userId, string firstName, string languageCode, Action<Message> fill)
    {
        var message = new Message
        {
            Id = Interlocked.Increment(ref _nextMessageId),
            From = new User { Id = userId, FirstName = firstName, LanguageCode = languageCode },
            Chat = PrivateChat(userId, firstName),
            Date = DateTime.UtcNow,
        };
        fill(message);
        return message;
    }

    private static Chat PrivateChat(long id, string firstName) => new() { Id = id, Type = ChatType.Private, FirstName = firstName };

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static void Release(ref TaskCompletionSource signal)
    {
        var old = signal;
        signal = NewSignal();
        old.TrySetResult();
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, JsonBotAPI.Options);

    private static IResult Ok(object result) => Results.Text(Json(new { ok = true, result }), "application/json", Encoding.UTF8);

    private static IResult Error(int code, string description, int? retryAfter = null) =>
        Results.Text(
            Json(retryAfter is { } r
                ? new { ok = false, error_code = code, description, parameters = new { retry_after = r } }
                : (object)new { ok = false, error_code = code, description }),
            "application/json",
            Encoding.UTF8,
            code);
}
