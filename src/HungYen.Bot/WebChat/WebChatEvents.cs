using Microsoft.AspNetCore.Http.Features;

namespace HungYen.Bot.WebChat;

/// <summary>
/// GET /w/api/events: server-sent events. Each event is one message added or changed, its id the message's version, so
/// a browser that reconnects (EventSource does it by itself, sending Last-Event-ID) gets exactly what it missed. A
/// comment line every few seconds keeps proxies from closing a quiet stream; a revoked session ends it.
/// </summary>
public sealed class WebChatEvents(WebChatSessions sessions, WebChatHistory history, WebChatHub hub, WebChatPage page, TimeProvider clock, IOptions<WebChatOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task StreamAsync(HttpContext context, CancellationToken requestAborted)
    {
        if (sessions.Current(context) is not { } session)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var cursor = long.TryParse(context.Request.Headers["Last-Event-ID"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var lastId) ? lastId
            : long.TryParse(context.Request.Query["after"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var after) ? after : 0;
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, stopping);
        var ct = linked.Token;
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var heartbeat = TimeSpan.FromSeconds(options.Value.HeartbeatSeconds);
        try
        {
            await response.WriteAsync("retry: 3000\n\n", ct).ConfigureAwait(false);
            while (true)
            {
                var next = hub.NextChange(session.PersonId);
                if (!sessions.IsOpen(session))
                {
                    await response.WriteAsync("event: ended\ndata: {}\n\n", ct).ConfigureAwait(false);
                    return;
                }

                foreach (var message in history.Since(session.PersonId, cursor))
                {
                    var data = JsonSerializer.Serialize(page.View(message), Json);
                    await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"id: {message.Version}\ndata: {data}\n\n"), ct).ConfigureAwait(false);
                    cursor = Math.Max(cursor, message.Version);
                }

                await response.Body.FlushAsync(ct).ConfigureAwait(false);
                var beat = Task.Delay(heartbeat, clock, ct);
                if (await Task.WhenAny(next, beat).ConfigureAwait(false) == beat)
                {
                    await beat.ConfigureAwait(false);
                    await response.WriteAsync(": ping\n\n", ct).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The browser left or the bot is stopping: the stream simply ends.
        }
    }
}
