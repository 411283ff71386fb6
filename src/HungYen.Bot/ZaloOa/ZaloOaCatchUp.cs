namespace HungYen.Bot.ZaloOa;

/// <summary>
/// At start, reads the OA's recent chats (/v2.0/oa/listrecentchat, at most 10 a page) and hands on the people's text
/// messages the webhook missed while the bot was down. Each goes in under the webhook's own key ("zalooa:" + msg_id),
/// so one the bot already handled is not applied again. Only the last 7 days are read: older ones are past the window.
/// </summary>
public sealed class ZaloOaCatchUp(
    ZaloOaApiClient api,
    IUpdateSink sink,
    ZaloOaWindow window,
    IOptions<ZaloOaOptions> options,
    TimeProvider clock,
    ILogger<ZaloOaCatchUp> logger) : BackgroundService
{
    private const int Pages = 5;
    private const int PageSize = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var caught = await CatchUpAsync(stoppingToken).ConfigureAwait(false);
            logger.LogInformation("Zalo OA catch-up at start: {Count} recent message(s) handed on", caught);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
        catch (Exception error)
        {
            // Only the kind and the OA's code: nothing that could quote a token.
            logger.LogWarning("Zalo OA catch-up at start failed: {Error}", error is ZaloOaApiException oa ? $"OA error {oa.ErrorCode}" : error.GetType().Name);
        }
    }

    /// <summary>Returns how many messages were handed on (already handled ones included: the engine skips them).</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow() - ZaloOaWindow.OpenFor;
        var found = new List<(DateTimeOffset At, IncomingUpdate Update)>();
        for (var page = 0; page < Pages; page++)
        {
            var answer = await api.GetAsync("/v2.0/oa/listrecentchat", new { offset = page * PageSize, count = PageSize }, ct).ConfigureAwait(false);
            if (!answer.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array || data.GetArrayLength() == 0)
            {
                break;
            }

            var older = false;
            foreach (var item in data.EnumerateArray())
            {
                if (Map(item) is not { } entry)
                {
                    continue;
                }

                if (entry.At < since)
                {
                    older = true;
                    continue;
                }

                found.Add(entry);
            }

            if (older || data.GetArrayLength() < PageSize)
            {
                break;
            }
        }

        foreach (var (_, update) in found.OrderBy(f => f.At))
        {
            window.Touch(update.User.Id);
            await sink.HandleAsync(update, ct).ConfigureAwait(false);
        }

        return found.Count;
    }

    private (DateTimeOffset At, IncomingUpdate Update)? Map(JsonElement item)
    {
        var from = Text(item, "from_id");
        var id = Text(item, "message_id");
        if (from is null || id is null || from == options.Value.OaId || Text(item, "type") != "text" || Text(item, "src") == "0")
        {
            return null;
        }

        var at = long.TryParse(Text(item, "time"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : clock.GetUtcNow();
        var address = new ChatAddress(ZaloOaChannel.ChannelName, from);
        var text = Text(item, "message") ?? "";
        if (text.StartsWith(ZaloOaChannel.ChoicePrefix, StringComparison.Ordinal))
        {
            text = text[ZaloOaChannel.ChoicePrefix.Length..];
        }

        return (at, new IncomingUpdate { UpdateKey = $"{ZaloOaChannel.ChannelName}:{id}", User = address, Chat = address, Text = text });
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number ? value.ToString() : null;
}
