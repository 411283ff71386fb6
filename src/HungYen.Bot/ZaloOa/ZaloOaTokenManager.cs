namespace HungYen.Bot.ZaloOa;

/// <summary>
/// Holds the OA's tokens: read from the database (the configured refresh token only bootstraps an empty one), renewed
/// before expiry or when the API says the token is invalid, one refresher at a time, the new pair saved before use.
/// A failed refresh is told to the office once.
/// </summary>
public sealed class ZaloOaTokenManager(
    HttpClient http,
    IRecordStore store,
    OutboxSignal signal,
    IOptions<ZaloOaOptions> options,
    IOptions<OfficeOptions> office,
    TimeProvider clock,
    ILogger<ZaloOaTokenManager> logger,
    Core.Privacy.Redactor? redactor = null)
{
    private static readonly TimeSpan RefreshCallTimeout = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>A valid access token, refreshed first when it is due.</summary>
    public async Task<string> GetAccessTokenAsync(CancellationToken ct)
    {
        var tokens = store.Find<ZaloOaTokens>(ZaloOaTokens.RecordId);
        if (tokens is not null && !IsDue(tokens))
        {
            redactor?.Remember(tokens.AccessToken); // learnt tokens are kept out of logs and stored errors too
            redactor?.Remember(tokens.RefreshToken);
            return tokens.AccessToken;
        }

        return await RefreshAsync(tokens?.AccessToken, ct).ConfigureAwait(false);
    }

    /// <summary>When the current token is next due for renewal.</summary>
    public DateTimeOffset? NextRefreshAt() =>
        store.Find<ZaloOaTokens>(ZaloOaTokens.RecordId) is { } t ? t.ExpiresAt - TimeSpan.FromMinutes(options.Value.RefreshMarginMinutes) : null;

    /// <summary>Renews the pair unless someone renewed it already since <paramref name="staleAccessToken"/> was read.</summary>
    public async Task<string> RefreshAsync(string? staleAccessToken, CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var tokens = store.Find<ZaloOaTokens>(ZaloOaTokens.RecordId);
            if (tokens is not null && tokens.AccessToken != staleAccessToken && !IsDue(tokens))
            {
                return tokens.AccessToken;
            }

            var refreshToken = tokens?.RefreshToken is { Length: > 0 } stored ? stored : options.Value.RefreshToken;
            if (string.IsNullOrEmpty(refreshToken))
            {
                Fail(tokens, "no refresh token is configured (ZaloOa__RefreshToken)");
            }

            // Zalo spends the refresh token as soon as it answers: a call cut short by the bot stopping would lose the
            // new pair, and with it the OA, until an admin grants again. So the call and the save run to their end
            // (bounded by their own timeout), whatever the caller's token says.
            using var call = new CancellationTokenSource(RefreshCallTimeout, clock);
            var (access, refresh, expiresIn) = await CallAsync(refreshToken!, tokens, call.Token).ConfigureAwait(false);
            var renewed = new ZaloOaTokens
            {
                Id = ZaloOaTokens.RecordId,
                AccessToken = access,
                RefreshToken = refresh,
                ExpiresAt = clock.GetUtcNow() + expiresIn,
                FailureReported = false,
            };
            redactor?.Remember(access);
            redactor?.Remember(refresh);
            var changes = new ChangeSet();
            changes.Upsert(renewed);
            store.Commit(changes);
            logger.LogInformation("Zalo OA access token renewed; valid until {ExpiresAt:u}", renewed.ExpiresAt);
            return access;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsDue(ZaloOaTokens tokens) =>
        tokens.AccessToken.Length == 0 || clock.GetUtcNow() >= tokens.ExpiresAt - TimeSpan.FromMinutes(options.Value.RefreshMarginMinutes);

    private async Task<(string Access, string Refresh, TimeSpan ExpiresIn)> CallAsync(string refreshToken, ZaloOaTokens? tokens, CancellationToken ct)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, o.OAuthBaseUrl.TrimEnd('/') + "/v4/oa/access_token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["app_id"] = o.AppId ?? "",
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
            }),
        };
        request.Headers.Add("secret_key", o.AppSecret);
        JsonElement body;
        try
        {
            using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
            body = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
        }
        catch (Exception error) when (error is HttpRequestException or JsonException or OperationCanceledException)
        {
            // Not the server's refusal (a timeout included): the refresh token may still be good, so it is kept and tried again later.
            throw new ZaloOaApiException(-1, $"the token endpoint could not be reached ({error.GetType().Name})");
        }

        if (body.ValueKind == JsonValueKind.Object
            && body.TryGetProperty("access_token", out var access) && access.GetString() is { Length: > 0 } accessToken
            && body.TryGetProperty("refresh_token", out var refresh) && refresh.GetString() is { Length: > 0 } newRefresh)
        {
            var seconds = body.TryGetProperty("expires_in", out var e)
                && double.TryParse(e.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 90000;
            return (accessToken, newRefresh, TimeSpan.FromSeconds(seconds));
        }

        var code = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var c) && c.TryGetInt32(out var n) ? n : -1;
        Fail(tokens, $"the token endpoint refused the refresh (error {code})");
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Logs the failure, tells the office once, and throws.</summary>
    private void Fail(ZaloOaTokens? tokens, string reason)
    {
        logger.LogError("Zalo OA token refresh failed: {Reason}", reason);
        if (tokens?.FailureReported != true)
        {
            var changes = new ChangeSet();
            var record = tokens ?? new ZaloOaTokens { Id = ZaloOaTokens.RecordId };
            record.FailureReported = true;
            changes.Upsert(record);
            foreach (var target in office.Value.NoticeTargets())
            {
                changes.Send(target, new OutgoingMessage(Vi.ZaloOa.RefreshFailed), clock.GetUtcNow(), bulk: false);
            }

            store.Commit(changes);
            signal.Notify();
        }

        throw new ZaloOaApiException(-14014, reason);
    }
}
