namespace HungYen.Bot.WebChat;

/// <summary>
/// Binds browsers to people with a cookie (HttpOnly, SameSite=Lax, Secure behind TLS) holding a random secret; the store
/// keeps only its hash. A personal link is followed once and replaced by the plain page address, so the secret token
/// does not stay in the address bar.
/// </summary>
public sealed class WebChatSessions(IRecordStore store, WebChatHub hub, TimeProvider clock, IOptions<WebChatOptions> options, IOptions<WebOptions> web)
{
    public const string CookieName = "hy_chat";
    public const string CsrfHeader = "X-CSRF-Token";

    public WebChatSession? Current(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var secret) || string.IsNullOrEmpty(secret) || secret.Length > 100)
        {
            return null;
        }

        var session = store.Find<WebChatSession>(Hash(secret));
        return session is not null && session.CreatedAt + Lifetime > clock.GetUtcNow() ? session : null;
    }

    /// <summary>A new browser session for <paramref name="personId"/> (a new person when null), with its cookie.</summary>
    public WebChatSession Start(HttpContext context, string? personId, string pendingStart)
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var session = new WebChatSession
        {
            Id = Hash(secret),
            PersonId = personId ?? Base64Url(RandomNumberGenerator.GetBytes(16)),
            Csrf = Base64Url(RandomNumberGenerator.GetBytes(24)),
            CreatedAt = clock.GetUtcNow(),
            PendingStart = pendingStart,
            PendingStartId = Base64Url(RandomNumberGenerator.GetBytes(12)),
        };
        Save(session);
        context.Response.Cookies.Append(CookieName, secret, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps || (web.Value.PublicBaseUrl?.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ?? false),
            SameSite = SameSiteMode.Lax,
            Path = WebChatEndpoints.Root,
            MaxAge = Lifetime,
            IsEssential = true,
        });
        return session;
    }

    public void SetPending(WebChatSession session, string? pendingStart)
    {
        session.PendingStart = pendingStart;
        session.PendingStartId = pendingStart is null ? null : Base64Url(RandomNumberGenerator.GetBytes(12));
        Save(session);
    }

    /// <summary>
    /// Who a link makes this browser: a delegate's personal link already used on the web joins that person (their phone
    /// and their desk computer are one conversation); any other link keeps the browser's own person.
    /// </summary>
    public string? PersonForLink(string code, WebChatSession? current)
    {
        if (code.StartsWith(DelegateCodes.TokenPrefix, StringComparison.Ordinal)
            && DelegateDirectory.ByToken(store, code) is { } found
            && found.Addresses.Select(a => ChatAddress.Parse(a)).FirstOrDefault(a => a.Channel == WebChatChannel.ChannelName) is { Id: var webPerson })
        {
            return webPerson;
        }

        return current?.PersonId;
    }

    public bool HasValidCsrf(HttpContext context, WebChatSession session)
    {
        var given = context.Request.Headers[CsrfHeader].ToString();
        return given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given), Encoding.ASCII.GetBytes(session.Csrf));
    }

    public IReadOnlyList<WebChatSession> All() => store.Query<WebChatSession>();

    /// <summary>Ends every browser session of the person; their open pages are told at once.</summary>
    public int Revoke(string personId)
    {
        var sessions = store.Query<WebChatSession>(s => s.PersonId == personId);
        var changes = new ChangeSet();
        foreach (var session in sessions)
        {
            changes.Delete<WebChatSession>(session.Id);
        }

        store.Commit(changes);
        hub.Changed(personId);
        return sessions.Count;
    }

    public bool IsOpen(WebChatSession session) => store.Find<WebChatSession>(session.Id) is not null;

    private TimeSpan Lifetime => TimeSpan.FromDays(options.Value.SessionDays);

    private void Save(WebChatSession session)
    {
        var changes = new ChangeSet();
        changes.Upsert(session);
        store.Commit(changes);
    }

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
