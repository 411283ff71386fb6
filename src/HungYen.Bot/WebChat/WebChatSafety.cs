using System.Threading.RateLimiting;

namespace HungYen.Bot.WebChat;

/// <summary>
/// What every response of the chat carries and every request passes: security headers (a CSP with no inline script or
/// style, no framing, no referrer), and .NET's partitioned rate limiter per browser and per address (a flood gets 429).
/// </summary>
public sealed class WebChatSafety : IEndpointFilter, IDisposable
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public WebChatSafety(IOptions<WebChatOptions> options)
    {
        var perBrowser = options.Value.RequestsPerMinutePerBrowser;
        var perAddress = options.Value.RequestsPerMinutePerAddress;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
                context.Request.Cookies.TryGetValue(WebChatSessions.CookieName, out var cookie) && cookie.Length <= 100 ? "b:" + cookie : "a:" + Address(context),
                _ => Window(perBrowser))),
            PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
                Address(context),
                _ => Window(perAddress))));
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.CacheControl = "no-store";

        using var lease = _limiter.AttemptAcquire(context);
        if (!lease.IsAcquired)
        {
            headers.RetryAfter = "60";
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        return await next(invocation).ConfigureAwait(false);
    }

    public void Dispose() => _limiter.Dispose();

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "?";

    private static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true };
}
