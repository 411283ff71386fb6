namespace HungYen.Bot.WebChat;

/// <summary>
/// The chat's routes under /w: the page and its two static files, the links that bind a browser, and the small JSON
/// API the page talks to (state, messages, uploads, downloads, and the event stream that brings new messages).
/// </summary>
public sealed partial class WebChatEndpoints(WebChatSessions sessions, WebChatHistory history, WebChatPage page, WebChatInbox inbox, WebChatEvents events, WebChatSafety safety) : Web.IWebEndpoints
{
    public const string Root = "/w";

    public void Map(IEndpointRouteBuilder routes)
    {
        var chat = routes.MapGroup(Root).AddEndpointFilter(safety);
        chat.MapGet("/", OpenPage);
        chat.MapGet("/app.js", () => page.Asset("app.js"));
        chat.MapGet("/app.css", () => page.Asset("app.css"));
        chat.MapGet("/{code}", OpenLink);
        chat.MapGet("/api/state", State);
        chat.MapPost("/api/start", inbox.StartAsync);
        chat.MapPost("/api/messages", inbox.MessageAsync);
        chat.MapPost("/api/files", inbox.UploadAsync);
        chat.MapGet("/api/files/{id}", Download);
        chat.MapGet("/api/events", events.StreamAsync);
    }

    /// <summary>The general link: a browser without a session gets one, which opens the bot's start.</summary>
    private IResult OpenPage(HttpContext context)
    {
        if (sessions.Current(context) is null)
        {
            sessions.Start(context, null, "/start");
        }

        return page.Html();
    }

    /// <summary>A personal, unit or check-in link: binds the browser, keeps the code for the page, leaves the address bar.</summary>
    private IResult OpenLink(HttpContext context, string code)
    {
        if (!StartCode().IsMatch(code))
        {
            return Results.Content(Vi.WebChat.NotFound, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var current = sessions.Current(context);
        var person = sessions.PersonForLink(code, current);
        var start = "/start " + code;
        if (current is not null && current.PersonId == person)
        {
            sessions.SetPending(current, start);
        }
        else
        {
            sessions.Start(context, person, start);
        }

        return Results.Redirect(Root);
    }

    private IResult State(HttpContext context)
    {
        if (sessions.Current(context) is not { } session)
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        var messages = history.Since(session.PersonId, 0);
        return Results.Json(new
        {
            csrf = session.Csrf,
            person = new ChatAddress(WebChatChannel.ChannelName, session.PersonId).ToString(),
            pending = session.PendingStart is not null,
            cursor = messages.Count == 0 ? 0 : messages.Max(m => m.Version),
            messages = messages.Select(page.View),
        });
    }

    private IResult Download(HttpContext context, string id)
    {
        if (sessions.Current(context) is not { } session || history.Find(session.PersonId, id) is not { FileId: { } fileId } message
            || inbox.ReadFile(fileId) is not { } file)
        {
            return Results.NotFound();
        }

        return message.IsPhoto
            ? Results.File(file.Content, WebChatPage.ContentType(file.FileName))
            : Results.File(file.Content, WebChatPage.ContentType(file.FileName), file.FileName);
    }

    /// <summary>The codes links carry: a delegate's token, a unit's enrolment code, a check-in code.</summary>
    [GeneratedRegex("^[A-Za-z0-9_-]{4,80}$")]
    private static partial Regex StartCode();
}
