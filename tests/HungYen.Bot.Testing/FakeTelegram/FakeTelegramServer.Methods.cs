using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HungYen.Bot.Testing.FakeTelegram;

/// <summary>The Bot API methods the fake answers.</summary>
public sealed partial class FakeTelegramServer
{
    private static readonly HashSet<string> SendMethods = ["sendMessage", "sendDocument", "sendPhoto", "editMessageText", "editMessageReplyMarkup"];

    private async Task<IResult> HandleAsync(HttpContext context, string token, string method)
    {
        RequestPaths.Enqueue(context.Request.Path);
        if (token != Token)
        {
            return Error(401, "Unauthorized");
        }

        _requests.AddOrUpdate(method, 1, (_, n) => n + 1);
        var args = await RequestArgs.ReadAsync(context.Request);
        if (SendMethods.Contains(method) && Refusal(method, args) is { } refusal)
        {
            return refusal;
        }

        if (Failing(method))
        {
            return Error(502, "Bad Gateway");
        }

        if (NotStarted(method, args))
        {
            return Error(400, "Bad Request: chat not found");
        }

        return method switch
        {
            "getMe" => Ok(BotUser),
            "getUpdates" => await GetUpdatesAsync(args, context.RequestAborted),
            "sendMessage" => Send(method, args, args["text"] ?? "", null),
            "sendDocument" => Send(method, args, args["caption"] ?? "", args.File("document")),
            "sendPhoto" => Send(method, args, args["caption"] ?? "", args.File("photo")),
            "editMessageText" => Edit(args, args["text"]),
            "editMessageReplyMarkup" => Edit(args, null),
            "answerCallbackQuery" => Answer(args),
            "getFile" => GetFile(args),
            "setMyCommands" => SetCommands(args),
            "deleteWebhook" => DeleteWebhook(args),
            _ => Error(404, "Not Found: method not found"),
        };
    }

    private IResult? Refusal(string method, RequestArgs args)
    {
        lock (_gate)
        {
            foreach (var key in new[] { method, "*" })
            {
                if (_failWith429.TryGetValue(key, out var fail) && fail.Count > 0)
                {
                    _failWith429[key] = (fail.Count - 1, fail.RetryAfter);
                    Interlocked.Increment(ref _count429);
                    return Error(429, $"Too Many Requests: retry after {fail.RetryAfter}", fail.RetryAfter);
                }
            }

            if (method != "getUpdates" && _echoUrlOnError > 0)
            {
                // As a misconfigured proxy does: the error names the URL it could not reach, token and chat id included.
                _echoUrlOnError--;
                return Error(400, $"Bad Request: upstream https://api.telegram.org/bot{Token}/{method}?chat_id={args["chat_id"]} failed");
            }

            return args["chat_id"] is { } chat && long.TryParse(chat, out var chatId) && _blocked.Contains(chatId)
                ? Error(403, "Forbidden: bot was blocked by the user")
                : null;
        }
    }

    private bool Failing(string method)
    {
        lock (_gate)
        {
            if (_failing.GetValueOrDefault(method) is var left and > 0)
            {
                _failing[method] = left - 1;
                return true;
            }

            return false;
        }
    }

    private bool NotStarted(string method, RequestArgs args)
    {
        long? chat = method == "setMyCommands"
            ? args.Json("scope") is { } scope && scope.TryGetProperty("chat_id", out var id) ? id.GetInt64() : null
            : SendMethods.Contains(method) && args["chat_id"] is { } c && long.TryParse(c, out var parsed) ? parsed : null;
        lock (_gate)
        {
            return chat is { } value && _neverStarted.Contains(value);
        }
    }

    private async Task<IResult> GetUpdatesAsync(RequestArgs args, CancellationToken aborted)
    {
        var offset = args.Int("offset");
        var limit = Math.Clamp(args.Int("limit") ?? 100, 1, 100);
        var deadline = DateTime.UtcNow.AddSeconds(args.Int("timeout") ?? 0);
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                if (_conflict)
                {
                    return Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                }

                if (offset is { } confirmed)
                {
                    _pending.RemoveAll(u => u.Id < confirmed);
                    _confirmedOffset = Math.Max(_confirmedOffset, confirmed);
                }

                var batch = _pending.Take(limit).ToArray();
                if (batch.Length > 0)
                {
                    foreach (var update in batch)
                    {
                        _deliveries[update.Id] = _deliveries.GetValueOrDefault(update.Id) + 1;
                    }

                    return Batch(batch);
                }

                arrived = _updateArrived.Task;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                return Ok(Array.Empty<Update>());
            }

            try
            {
                await arrived.WaitAsync(remaining, aborted);
            }
            catch (TimeoutException)
            {
                return Ok(Array.Empty<Update>());
            }
            catch (OperationCanceledException)
            {
                return Ok(Array.Empty<Update>());
            }
        }
    }

    /// <summary>The batch as JSON, raw updates written as given (caller holds the lock).</summary>
    private IResult Batch(Update[] batch)
    {
        var items = batch.Select(u => _rawUpdates.TryGetValue(u.Id, out var raw) ? raw : Json(u));
        return Results.Text("{\"ok\":true,\"result\":[" + string.Join(",", items) + "]}", "application/json", Encoding.UTF8);
    }

    private IResult Send(string method, RequestArgs args, string text, (string FileName, byte[] Content)? file)
    {
        var chatId = args.Long("chat_id");
        var buttons = Buttons(args.Json("reply_markup"));
        var id = Interlocked.Increment(ref _nextMessageId);
        var message = new Message { Id = id, Chat = PrivateChat(chatId, ""), Date = DateTime.UtcNow, From = BotUser };
        if (file is { } f)
        {
            var fileId = $"sent-{id}";
            _files[fileId] = (f.FileName, f.Content);
            message.Caption = text;
            message.Document = new Document { FileId = fileId, FileUniqueId = fileId, FileName = f.FileName, FileSize = f.Content.Length };
        }
        else
        {
            message.Text = text;
        }

        var wire = new WireMessage(method, chatId, id, text, buttons, file?.FileName, file?.Content);
        _sent.Enqueue(wire);
        lock (_gate)
        {
            Release(ref _messageSent);
        }

        MessageSent?.Invoke(wire);

        return Ok(message);
    }

    private IResult Edit(RequestArgs args, string? text)
    {
        var chatId = args.Long("chat_id");
        var messageId = (int)args.Long("message_id");
        Buttons(args.Json("reply_markup"));
        Edits.Enqueue(new EditedMessage(chatId, messageId, text));
        return Ok(new Message { Id = messageId, Chat = PrivateChat(chatId, ""), Date = DateTime.UtcNow, Text = text, From = BotUser });
    }

    private IResult Answer(RequestArgs args)
    {
        CallbackAnswers.Enqueue(new CallbackAnswer(args["callback_query_id"] ?? "", args["text"], args.Bool("show_alert")));
        return Ok(true);
    }

    private IResult GetFile(RequestArgs args)
    {
        var fileId = args["file_id"] ?? "";
        return _files.TryGetValue(fileId, out var file)
            ? Ok(new TGFile { FileId = fileId, FileUniqueId = fileId, FileSize = file.Content.Length, FilePath = $"documents/{fileId}" })
            : Error(400, "Bad Request: invalid file_id");
    }

    private async Task DownloadAsync(HttpContext context, string token, string path)
    {
        var fileId = path.Split('/').Last();
        if (token != Token || !_files.TryGetValue(fileId, out var file))
        {
            context.Response.StatusCode = 404;
            return;
        }

        await context.Response.Body.WriteAsync(file.Content);
    }

    private IResult SetCommands(RequestArgs args)
    {
        var commands = args.Json("commands") is { } list
            ? list.EnumerateArray().Select(c => (c.GetProperty("command").GetString()!, c.GetProperty("description").GetString()!)).ToList()
            : [];
        var scope = args.Json("scope");
        long? scopeChat = scope is { } s && s.TryGetProperty("chat_id", out var chat) ? chat.GetInt64() : null;
        string? scopeType = scope is { } t && t.TryGetProperty("type", out var type) ? type.GetString() : null;
        CommandsCalls.Enqueue(new CommandsCall(commands, scopeType, scopeChat, args["language_code"]));
        return Ok(true);
    }

    private IResult DeleteWebhook(RequestArgs args)
    {
        DeleteWebhookCalls.Enqueue(args["drop_pending_updates"] is { } drop ? bool.Parse(drop) : null);
        return Ok(true);
    }

    private List<IReadOnlyList<WireButton>> Buttons(JsonElement? markup)
    {
        var rows = new List<IReadOnlyList<WireButton>>();
        if (markup is not { } m)
        {
            return rows;
        }

        foreach (var kind in new[] { "inline_keyboard", "keyboard" })
        {
            if (!m.TryGetProperty(kind, out var keyboard))
            {
                continue;
            }

            foreach (var row in keyboard.EnumerateArray())
            {
                rows.Add([.. row.EnumerateArray().Select(ToButton)]);
            }
        }

        return rows;
    }

    private WireButton ToButton(JsonElement button)
    {
        var data = button.TryGetProperty("callback_data", out var d) ? d.GetString() : null;
        if (data is not null && Encoding.UTF8.GetByteCount(data) > 64)
        {
            CallbackDataViolations.Enqueue(data);
        }

        var contact = button.TryGetProperty("request_contact", out var c) && c.GetBoolean();
        return new WireButton(button.GetProperty("text").GetString() ?? "", data, contact);
    }
}
