namespace HungYen.Bot.ZaloOa;

/// <summary>
/// POST /zalooa/webhook: the OA adapter's receiving half. The raw body's X-ZEvent-Signature is checked first; a
/// missing or wrong one is refused and nothing is processed. The event's msg_id is the update key, so a re-delivery
/// is applied once. An unfollow marks the person unreachable on this channel.
/// </summary>
public sealed class ZaloOaWebhookEndpoints(
    IUpdateSink sink,
    IRecordStore store,
    ZaloOaWindow window,
    Zns.ZnsDeliveryReports deliveries,
    IOptions<ZaloOaOptions> options,
    TimeProvider clock,
    ILogger<ZaloOaWebhookEndpoints> logger,
    Web.UnauthenticatedCalls refusals) : Web.IWebEndpoints
{
    public const string Path = "/zalooa/webhook";

    /// <summary>What <see cref="Reachability.Reason"/> records for an unfollow: the Zalo event's name, a code; the office reads <see cref="Vi.ZaloOa.Unfollowed"/>.</summary>
    public const string UnfollowReason = "unfollow";
    private const int MaxBody = 256 * 1024;

    public void Map(IEndpointRouteBuilder routes) => routes.MapPost(Path, HandleAsync);

    private async Task<IResult> HandleAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.Headers.TryGetValue(ZaloOaSignature.Header, out var header) || header.Count != 1)
        {
            return refusals.Refuse(Path, request.HttpContext, StatusCodes.Status401Unauthorized);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct).ConfigureAwait(false);
        if (buffer.Length > MaxBody)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var o = options.Value;
        if (!ZaloOaSignature.IsValid(header[0], buffer.ToArray(), o.AppId ?? "", o.OaSecretKey ?? "", out var body))
        {
            return refusals.Refuse(Path, request.HttpContext, StatusCodes.Status403Forbidden); // counted, logged in aggregate
        }

        if (deliveries.TryRecord(body) || ZaloOaUpdateMapper.Map(body, o.OaId) is not { } zaloEvent)
        {
            return Results.Ok();
        }

        if (zaloEvent.Unfollow)
        {
            if (!store.WasProcessed(zaloEvent.Key))
            {
                var changes = new ChangeSet { ProcessedUpdateKey = zaloEvent.Key };
                var address = new ChatAddress(ZaloOaChannel.ChannelName, zaloEvent.UserId!);
                changes.Upsert(new Reachability { Id = address.ToString(), Unreachable = true, Reason = UnfollowReason, Problem = ReachProblem.Unfollowed, Since = clock.GetUtcNow() });
                store.Commit(changes);
            }
        }
        else if (zaloEvent.Update is { } update)
        {
            // Every message, button press or shared form (re)opens the consultation window.
            TouchWindow(zaloEvent.UserId);
            // Answered after the commit: if this fails, Zalo delivers again and the msg_id key keeps it once.
            await sink.HandleAsync(update, ct).ConfigureAwait(false);
        }

        return Results.Ok();
    }

    private void TouchWindow(string? userId)
    {
        if (userId is null)
        {
            return;
        }

        try
        {
            window.Touch(userId);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning("The OA interaction of a follower could not be recorded: {Error}", error.GetType().Name);
        }
    }
}
