namespace HungYen.Bot.Zalo;

/// <summary>
/// POST /zalo/webhook: the Zalo adapter's receiving half in webhook mode. The X-Bot-Api-Secret-Token header is
/// compared in constant time before anything else is read; a missing or wrong secret is refused, nothing processed.
/// </summary>
public sealed class ZaloWebhookEndpoints(IUpdateSink sink, ZaloUsage usage, IOptions<ZaloOptions> options, Web.UnauthenticatedCalls refusals) : Web.IWebEndpoints
{
    public const string Path = "/zalo/webhook";
    public const string SecretHeader = "X-Bot-Api-Secret-Token";

    public void Map(IEndpointRouteBuilder routes) => routes.MapPost(Path, HandleAsync);

    private async Task<IResult> HandleAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.Headers.TryGetValue(SecretHeader, out var given) || given.Count != 1)
        {
            return refusals.Refuse(Path, request.HttpContext, StatusCodes.Status401Unauthorized);
        }

        var expected = Encoding.UTF8.GetBytes(options.Value.WebhookSecret ?? "");
        if (expected.Length == 0 || !CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(given[0] ?? "")))
        {
            return refusals.Refuse(Path, request.HttpContext, StatusCodes.Status403Forbidden); // counted, logged in aggregate
        }

        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (ZaloUpdateMapper.Map(body) is { } update)
        {
            usage.CountIncoming(update.User.Id);

            // Answered after the commit: if this fails, Zalo delivers again and the message_id key keeps it once.
            await sink.HandleAsync(update, ct).ConfigureAwait(false);
        }

        return Results.Ok(new { ok = true });
    }
}
