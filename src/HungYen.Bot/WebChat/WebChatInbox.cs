using Microsoft.AspNetCore.Http.Features;

namespace HungYen.Bot.WebChat;

/// <summary>
/// The web chat's receiving half: what the page posts becomes an <see cref="IncomingUpdate"/> for the engine. Every
/// post needs the session's CSRF token and a client-made id; the id is the update's key, so a post retried over a bad
/// connection (or tapped twice) is applied once, and is shown once.
/// </summary>
public sealed partial class WebChatInbox(WebChatSessions sessions, WebChatHistory history, IUpdateSink sink, IRecordStore store, IOptions<WebChatOptions> options)
{
    public const string IdHeader = "X-Message-Id";
    public const string FileNameHeader = "X-File-Name";
    private const int MaxMessageBytes = 16 * 1024;
    private const int MaxTextLength = 4000;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new();

    /// <summary>Feeds the link this browser opened ("/start &lt;code&gt;") once the page is up; consent comes first, as everywhere.</summary>
    public async Task<IResult> StartAsync(HttpContext context, CancellationToken ct)
    {
        if (Authorize(context, out var refusal) is not { } session)
        {
            return refusal;
        }

        if (session is not { PendingStart: { } text, PendingStartId: { } startId })
        {
            return Results.Ok();
        }

        using (await LockAsync(session.PersonId, ct).ConfigureAwait(false))
        {
            await sink.HandleAsync(Update(session.PersonId, "open-" + startId) with { Text = text }, ct).ConfigureAwait(false);
            sessions.SetPending(session, null);
        }

        return Results.Ok();
    }

    public async Task<IResult> MessageAsync(HttpContext context, CancellationToken ct)
    {
        if (Authorize(context, out var refusal) is not { } session)
        {
            return refusal;
        }

        if (LimitBody(context, MaxMessageBytes) is { } tooLarge)
        {
            return tooLarge;
        }

        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: ct).ConfigureAwait(false);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        catch (BadHttpRequestException error)
        {
            return Results.StatusCode(error.StatusCode);
        }

        if (body.ValueKind != JsonValueKind.Object || Text(body, "id") is not { } id || !ClientId().IsMatch(id))
        {
            return Results.BadRequest();
        }

        var person = session.PersonId;
        var update = Update(person, id);
        string? shown;
        if (Text(body, "choice") is { Length: > 0 and <= 200 } data)
        {
            var messageId = Text(body, "message");
            shown = messageId is null ? null : history.Find(person, messageId)?.Choices.FirstOrDefault(c => c.Data == data)?.Label;
            update = update with { Button = new ButtonPress(data, messageId, $"{person}/{id}") };
        }
        else if ((Text(body, "phone") ?? Text(body, "text")) is { Length: > 0 } typed)
        {
            // A phone number typed on a web page proves nothing, so it is an ordinary text: the flow asks for the code.
            shown = typed.Length > MaxTextLength ? typed[..MaxTextLength] : typed;
            update = update with { Text = shown };
        }
        else
        {
            return Results.BadRequest();
        }

        await ApplyAsync(person, id, shown, update, ct).ConfigureAwait(false);
        return Results.Ok();
    }

    /// <summary>The file is the body itself (no multipart), named by a header; it is kept in the store for the flow.</summary>
    public async Task<IResult> UploadAsync(HttpContext context, CancellationToken ct)
    {
        if (Authorize(context, out var refusal) is not { } session)
        {
            return refusal;
        }

        var megabytes = options.Value.MaxUploadMegabytes;
        if (LimitBody(context, megabytes * 1024L * 1024L) is { } tooLarge)
        {
            return tooLarge;
        }

        var id = context.Request.Headers[IdHeader].ToString();
        if (!ClientId().IsMatch(id))
        {
            return Results.BadRequest();
        }

        var name = FileName(context.Request.Headers[FileNameHeader].ToString());
        var fileId = $"web-in/{session.PersonId}/{id}";
        byte[] content;
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, ct).ConfigureAwait(false);
            content = buffer.ToArray();
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.Json(new { error = Vi.WebChat.FileTooLarge(megabytes) }, statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (content.Length == 0)
        {
            return Results.BadRequest();
        }

        if (store.ReadFile(fileId) is null)
        {
            var changes = new ChangeSet();
            changes.SaveFile(new StoredFile(fileId, name, content));
            store.Commit(changes);
        }

        var update = Update(session.PersonId, id) with { File = new IncomingFile(fileId, name, context.Request.ContentType, content.Length) };
        await ApplyAsync(session.PersonId, id, Vi.WebChat.FileSent(name), update, ct).ConfigureAwait(false);
        return Results.Ok();
    }

    public StoredFile? ReadFile(string fileId) => store.ReadFile(fileId);

    private async Task ApplyAsync(string person, string id, string? shown, IncomingUpdate update, CancellationToken ct)
    {
        using (await LockAsync(person, ct).ConfigureAwait(false))
        {
            if (shown is not null)
            {
                history.AddFromPerson(person, id, shown);
            }

            await sink.HandleAsync(update, ct).ConfigureAwait(false);
        }
    }

    private WebChatSession? Authorize(HttpContext context, out IResult refusal)
    {
        refusal = Results.StatusCode(StatusCodes.Status401Unauthorized);
        if (sessions.Current(context) is not { } session)
        {
            return null;
        }

        refusal = Results.StatusCode(StatusCodes.Status403Forbidden);
        return sessions.HasValidCsrf(context, session) ? session : null;
    }

    private static IResult? LimitBody(HttpContext context, long limit)
    {
        if (context.Request.ContentLength > limit)
        {
            return Results.Json(new { error = Vi.WebChat.FileTooLarge((int)Math.Max(1, limit / (1024 * 1024))) }, statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return null;
    }

    private static IncomingUpdate Update(string person, string id)
    {
        var address = new ChatAddress(WebChatChannel.ChannelName, person);
        return new IncomingUpdate { UpdateKey = $"{WebChatChannel.ChannelName}:{person}:{id}", Chat = address, User = address };
    }

    private async Task<IDisposable> LockAsync(string person, CancellationToken ct)
    {
        var gate = _locks.GetOrAdd(person, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct).ConfigureAwait(false);
        return new Release(gate);
    }

    private static string FileName(string header)
    {
        string name;
        try
        {
            name = Uri.UnescapeDataString(header);
        }
        catch (UriFormatException)
        {
            name = "";
        }

        name = Path.GetFileName(name.Replace('\\', '/')).Trim();
        name = new string([.. name.Where(c => !char.IsControl(c))]);
        return name.Length == 0 ? "tep-dinh-kem" : name.Length > 150 ? name[^150..] : name;
    }

    private static string? Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex("^[A-Za-z0-9_-]{8,64}$")]
    private static partial Regex ClientId();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
