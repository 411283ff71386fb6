namespace HungYen.Bot.Zalo;

/// <summary>
/// The Zalo adapter's sending half. Zalo has text and photos by URL only: choices become numbered lines (the engine
/// maps a typed number or label back), a contact request becomes a hint to type the invitation code, and a file
/// becomes a signed download link (a photo is shown through that link, and best effort inline after the text).
/// Honest about the plan: every part sent is counted, bulk sends stop near the cap, repeated 429s back off up to a
/// cap (then the office is told), and a 403 is tried again before the person is marked unreachable.
/// </summary>
public sealed class ZaloChannel(
    ZaloApiClient api,
    FileLinks links,
    ZaloUsage usage,
    IOptions<ZaloOptions> options,
    TimeProvider clock,
    ILogger<ZaloChannel> logger) : IChatChannel
{
    public const string ChannelName = "zalo";
    private const int Limit = 2000;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private int _rateLimitedInARow;

    public string Name => ChannelName;

    public int MaxTextLength => Limit;

    public Task<string?> SendAsync(string chatId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (message.Bulk)
        {
            usage.EnsureBulkAllowed();
        }

        return Translate(async () =>
        {
            var text = Compose(chatId, message, out var photoUrl);
            string? lastId = null;

            // The sender split the text already; appended choices or links may push the last part over the limit again.
            foreach (var part in TextSplitter.Split(text, Limit).Where(p => p.Length > 0))
            {
                var sent = await CallWithForbiddenRetryAsync("sendMessage", new { chat_id = chatId, text = part }, cancellationToken).ConfigureAwait(false);
                usage.CountOutgoing(chatId);
                lastId = MessageId(sent) ?? lastId;
            }

            if (photoUrl is not null)
            {
                lastId = await TrySendPhotoAsync(chatId, photoUrl, cancellationToken).ConfigureAwait(false) ?? lastId;
            }

            Interlocked.Exchange(ref _rateLimitedInARow, 0);
            return lastId;
        });
    }

    /// <summary>Zalo cannot edit a sent message; the engine's edit only marks the chosen answer, so it is skipped.</summary>
    public Task EditAsync(string chatId, string messageId, OutgoingMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Zalo has no buttons, so there is nothing to acknowledge.</summary>
    public Task AnswerButtonAsync(string callbackId, string? notice, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Zalo delivers no files to bots; the update mapper never produces a file id for this channel.</summary>
    public Task<byte[]> DownloadFileAsync(string fileId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Zalo Bot API does not deliver files to bots.");

    private string Compose(string chatId, OutgoingMessage message, out string? photoUrl)
    {
        photoUrl = null;
        // The engine's shared hints offer buttons; the Zalo Bot has none, so they say "gõ số" only.
        var text = new StringBuilder(Vi.Zalo.TypedHints.Aggregate(message.Text, (t, h) => t.Replace(h.WithButtons, h.Typed, StringComparison.Ordinal)));
        if (message.Choices.Count > 0)
        {
            text.Append("\n\n");
            for (var i = 0; i < message.Choices.Count; i++)
            {
                text.Append(i + 1).Append(". ").Append(message.Choices[i].Label).Append('\n');
            }

            text.Append(Vi.Zalo.ChooseByNumber);
        }

        if (message.RequestContact)
        {
            text.Append("\n\n").Append(Vi.Zalo.TypeInvitationCode);
        }

        if (message.File is { } file)
        {
            if (file.StoredFileId is { } fileId && links.CanIssue)
            {
                var url = links.Create(fileId, new ChatAddress(ChannelName, chatId), file.CarriesPersonalData).AbsoluteUri;
                photoUrl = file.IsPhoto ? url : null;
                text.Append("\n\n").Append(Vi.Zalo.FileLink(file.FileName, url, (int)links.LifetimeFor(file.CarriesPersonalData).TotalHours));
            }
            else
            {
                text.Append("\n\n").Append(Vi.Zalo.FileUnavailable(file.FileName));
            }
        }

        return text.ToString().Trim();
    }

    /// <summary>
    /// The photo goes after the text that carries its link: Zalo's servers must fetch the URL and some hosts are
    /// refused ("The photo URL is invalid"), so a failure here loses nothing and is only logged.
    /// </summary>
    private async Task<string?> TrySendPhotoAsync(string chatId, string url, CancellationToken ct)
    {
        try
        {
            var sent = MessageId(await api.CallAsync("sendPhoto", new { chat_id = chatId, photo = url }, ct).ConfigureAwait(false));
            usage.CountOutgoing(chatId);
            return sent;
        }
        catch (Exception error) when (error is ZaloApiException or HttpRequestException)
        {
            logger.LogWarning("Zalo did not show the photo inline ({Error}); its link was sent", error.Message);
            return null;
        }
    }

    /// <summary>A 403's meaning is uncertain on Zalo ("Internal server error" in the docs): one is not taken as "blocked".</summary>
    private async Task<System.Text.Json.JsonElement?> CallWithForbiddenRetryAsync(string method, object body, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await api.CallAsync(method, body, ct).ConfigureAwait(false);
            }
            catch (ZaloApiException error) when (error.ErrorCode == 403 && attempt < options.Value.ForbiddenAttempts)
            {
                logger.LogWarning("Zalo answered 403 (attempt {Attempt} of {Attempts}); trying again", attempt, options.Value.ForbiddenAttempts);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), clock, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>1 s, 2 s, 4 s … for 429s in a row, never more than the configured cap.</summary>
    public TimeSpan NextBackoff()
    {
        var inARow = Interlocked.Increment(ref _rateLimitedInARow);
        var cap = TimeSpan.FromSeconds(options.Value.MaxBackoffSeconds);
        var wait = FirstBackoff * Math.Pow(2, Math.Min(inARow - 1, 20));
        if (wait < cap)
        {
            return wait;
        }

        usage.AlertBackoff(options.Value.MaxBackoffSeconds);
        return cap;
    }

    private static string? MessageId(System.Text.Json.JsonElement? result) =>
        result is { ValueKind: System.Text.Json.JsonValueKind.Object } r && r.TryGetProperty("message_id", out var id) ? id.ToString() : null;

    /// <summary>
    /// Turns Zalo's errors into the channel-neutral ones the sender understands. A 429 has no retry_after: the pause
    /// doubles with each 429 in a row up to <see cref="ZaloOptions.MaxBackoffSeconds"/>, where the office is alerted.
    /// </summary>
    private async Task<string?> Translate(Func<Task<string?>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ZaloApiException error) when (error.IsRateLimited)
        {
            throw new RateLimitedException(NextBackoff(), error);
        }
        catch (ZaloApiException error) when (error.ErrorCode == 403)
        {
            throw new RecipientUnreachableException(error.Description, error);
        }
    }
}
