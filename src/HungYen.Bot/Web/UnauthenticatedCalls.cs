namespace HungYen.Bot.Web;

/// <summary>
/// Webhook calls without valid credentials (a missing or wrong secret, a bad signature). Each source address gets a
/// few refusals per <see cref="Window"/>; past them it is answered 429 with nothing else done. The log gets one line
/// when refusals start and one summary per window after, never a line per call, so a flood can fill neither the disk
/// nor the logs. A call with valid credentials is never held back by this.
/// </summary>
public sealed class UnauthenticatedCalls(TimeProvider clock, ILogger<UnauthenticatedCalls> logger)
{
    public const int RefusalsPerWindow = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _bySource = new(StringComparer.Ordinal);
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _refused;
    private int _throttled;

    /// <summary>
    /// Counts a call that failed authentication on <paramref name="endpoint"/>; returns the answer to give: the
    /// endpoint's own refusal while the source is within its allowance, 429 past it.
    /// </summary>
    public IResult Refuse(string endpoint, HttpContext context, int statusCode)
    {
        var source = context.Connection.RemoteIpAddress?.ToString() ?? "?";
        lock (_gate)
        {
            Roll(endpoint);
            var count = _bySource.GetValueOrDefault(source) + 1;
            _bySource[source] = count;
            if (count > RefusalsPerWindow)
            {
                _throttled++;
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            }

            if (_refused++ == 0)
            {
                logger.LogWarning(
                    "Webhook {Endpoint}: a call without valid credentials was refused ({Status}); more are counted and reported once per {Minutes} min",
                    endpoint,
                    statusCode,
                    Window.TotalMinutes);
            }

            return Results.StatusCode(statusCode);
        }
    }

    /// <summary>Refusals in the current window (for tests and the summary line).</summary>
    public (int Refused, int Throttled, int Sources) Current
    {
        get
        {
            lock (_gate)
            {
                return (_refused, _throttled, _bySource.Count);
            }
        }
    }

    private void Roll(string endpoint)
    {
        var now = clock.GetUtcNow();
        if (now - _windowStart < Window)
        {
            return;
        }

        if (_refused + _throttled > 1)
        {
            logger.LogWarning(
                "Webhooks ({Endpoint} and others): {Refused} calls without valid credentials refused and {Throttled} answered 429 in the last {Minutes} min, from {Sources} addresses",
                endpoint,
                _refused,
                _throttled,
                Window.TotalMinutes,
                _bySource.Count);
        }

        _windowStart = now;
        _refused = 0;
        _throttled = 0;
        _bySource.Clear();
    }
}
