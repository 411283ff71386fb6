using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.ZaloOa.Zns;

/// <summary>
/// Sends the scheduled ZNS Giấy mời, one at a time. Each is committed as "sending" before the call and as its outcome
/// after it, so a crash never sends one twice: one found "sending" at start is listed for the office as unknown. A
/// phone without Zalo, a rejected template or a refusal is final; a daily quota, the night pause or a rate limit
/// postpones it (and ends the round, since the next would get the same answer).
/// </summary>
public sealed class ZnsSender(
    IRecordStore store,
    ZaloOaApiClient api,
    ConferenceSchedule schedule,
    LocalTime local,
    IOptions<ZaloOaOptions> options,
    TimeProvider clock,
    ILogger<ZnsSender> logger) : BackgroundService
{
    private const string TemplatePath = "/message/template";
    private const int MaxAttempts = 10;
    private readonly SemaphoreSlim _one = new(1, 1);

    // After a daily quota, the night pause, an empty wallet or a rate limit every send would get the same answer.
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Invitations left "sending" by a crash become "unknown": never re-sent automatically.</summary>
    public int RecoverInterrupted()
    {
        var stuck = store.Query<ZnsInvitation>(i => i.State == ZnsState.Sending);
        foreach (var invitation in stuck)
        {
            invitation.Interrupted();
            Save(invitation);
        }

        return stuck.Count;
    }

    /// <summary>Sends every invitation that is due now; returns how many reached Zalo.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        await _one.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await SendRoundAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            _one.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        RecoverInterrupted();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, options.Value.ZnsCheckSeconds)), clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                logger.LogError("The ZNS sender failed a round: {Error}", error.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(30), clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<int> SendRoundAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (now < _pausedUntil)
        {
            return 0;
        }

        var due = store.Query<ZnsInvitation>(i => i.State == ZnsState.Scheduled)
            .Where(i => i.IsDue(now)).OrderBy(i => i.ScheduledAt).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        var sent = 0;
        var facts = schedule.Current();
        foreach (var invitation in due)
        {
            var data = store.Find<Delegate>(invitation.DelegateId) is { } person ? ZnsInvitations.TemplateData(person, facts) : null;
            if (data is null || options.Value.InvitationTemplateId is not { Length: > 0 } templateId)
            {
                break; // the time or venue was cleared, or the template removed: kept scheduled, the office sees it waiting
            }

            invitation.BeginSend();
            Save(invitation);
            var stop = false;
            try
            {
                var answer = await api.PostJsonToAsync(options.Value.ZnsBaseUrl, TemplatePath, Body(invitation, templateId, data), ct).ConfigureAwait(false);
                invitation.Accepted(MessageId(answer), clock.GetUtcNow());
                sent++;
            }
            catch (ZaloOaApiException error)
            {
                logger.LogWarning("ZNS invitation {Id} refused with error {Code}", invitation.Id, error.ErrorCode);
                stop = Classify(invitation, error.ErrorCode);
            }
            catch (HttpRequestException error)
            {
                // Zalo was not reached: nothing went out, so it is tried again.
                logger.LogWarning("ZNS could not be reached: {Error}", error.HttpRequestError);
                if (invitation.Attempts >= MaxAttempts)
                {
                    invitation.Refused(0, ZnsProblem.Failed);
                }
                else
                {
                    invitation.Postpone(null, clock.GetUtcNow() + TimeSpan.FromMinutes(1), null);
                }

                stop = true;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                invitation.Interrupted(); // a timeout: it may have gone out
            }

            Save(invitation);
            if (stop)
            {
                _pausedUntil = invitation.NotBefore ?? clock.GetUtcNow() + TimeSpan.FromMinutes(1);
                break;
            }
        }

        return sent;
    }

    /// <summary>Applies Zalo's error code; true when the rest of the round would get the same answer.</summary>
    private bool Classify(ZnsInvitation invitation, int code)
    {
        var now = clock.GetUtcNow();
        switch (code)
        {
            case -118:
                invitation.Refused(code, ZnsProblem.NoZaloAccount);
                return false;
            case -108:
                invitation.Refused(code, ZnsProblem.BadPhone);
                return false;
            case -114 or -119:
                invitation.Refused(code, ZnsProblem.CannotReceive);
                return false;
            case -139 or -141:
                invitation.Refused(code, ZnsProblem.Refused);
                return false;
            case -109 or -111 or -112 or -127 or -131:
                invitation.Refused(code, ZnsProblem.TemplateRejected);
                return false;
            case -144:
                var tomorrow = local.ToInstant(local.ToLocal(now).Date.AddDays(1).AddHours(8));
                invitation.Postpone(code, tomorrow, ZnsProblem.DailyQuota);
                return true;
            case -133:
                var morning = local.ToLocal(now).Hour >= 22 ? local.ToLocal(now).Date.AddDays(1) : local.ToLocal(now).Date;
                var at = local.ToInstant(morning.AddHours(6).AddMinutes(5));
                invitation.Postpone(code, at, ZnsProblem.NightWait);
                return true;
            case -115:
                invitation.Postpone(code, now + TimeSpan.FromHours(1), ZnsProblem.NoBalance);
                return true;
            case -32:
                invitation.Postpone(code, now + TimeSpan.FromMinutes(1), null);
                return true;
            default:
                if (new ZaloOaApiException(code, "").IsTokenError)
                {
                    invitation.Postpone(code, now + TimeSpan.FromMinutes(15), null); // the token manager has told the office
                    return true;
                }

                invitation.Refused(code, ZnsProblem.Failed);
                return false;
        }
    }

    private object Body(ZnsInvitation invitation, string templateId, Dictionary<string, string> data)
    {
        var body = new Dictionary<string, object>
        {
            ["phone"] = invitation.Phone,
            ["template_id"] = templateId,
            ["template_data"] = data,
            ["tracking_id"] = invitation.Id,
        };
        if (options.Value.ZnsDevelopmentMode)
        {
            body["mode"] = "development";
        }

        return body;
    }

    private static string? MessageId(JsonElement answer) =>
        answer.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("msg_id", out var id) ? id.ToString() : null;

    private void Save(ZnsInvitation invitation)
    {
        var changes = new ChangeSet();
        changes.Upsert(invitation);
        store.Commit(changes);
    }
}
