using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HungYen.Bot.Testing.FakeZaloOa;

/// <summary>A ZNS message the fake accepted: to which phone, which template, with what, and its tracking id.</summary>
public sealed record SentZns(string Phone, string TemplateId, IReadOnlyDictionary<string, string> Data, string? TrackingId, string MsgId);

/// <summary>A template message sent by user id (outside the consultation window).</summary>
public sealed record SentTemplate(string UserId, string TemplateId, string? Text);

/// <summary>
/// The fake's template messages. ZNS by phone (POST /message/template on the business host, here the same server):
/// -124 for a bad token, -108 for a malformed phone, -131 for a template not approved, -118 for a phone with no Zalo
/// account, -144 once the daily quota is used; a success answers data.msg_id and the quota left. Templates by user id
/// (POST /v3.0/oa/message/template) ignore the consultation window but not a refused template or an unfollow.
/// </summary>
public sealed partial class FakeZaloOaServer
{
    private readonly List<SentZns> _zns = [];
    private readonly List<SentTemplate> _templates = [];
    private readonly HashSet<string> _noZaloAccount = [];
    private readonly HashSet<string> _rejectedTemplates = [];
    private int _znsCalls;

    /// <summary>ZNS messages a day (the OA's quota); null: no limit.</summary>
    public int? ZnsDailyQuota { get; set; }

    /// <summary>Every ZNS call, accepted or not.</summary>
    public int ZnsCalls
    {
        get
        {
            lock (_gate)
            {
                return _znsCalls;
            }
        }
    }

    public IReadOnlyList<SentZns> ZnsSent
    {
        get
        {
            lock (_gate)
            {
                return [.. _zns];
            }
        }
    }

    public IReadOnlyList<SentTemplate> TemplatesSent
    {
        get
        {
            lock (_gate)
            {
                return [.. _templates];
            }
        }
    }

    /// <summary>This phone (any of 0…, +84…, 84…) has no Zalo account: ZNS answers -118.</summary>
    public void HasNoZaloAccount(string phone)
    {
        lock (_gate)
        {
            _noZaloAccount.Add(ZnsPhone(phone));
        }
    }

    /// <summary>This template is not approved (or was disabled): sends answer -131.</summary>
    public void RejectTemplate(string templateId)
    {
        lock (_gate)
        {
            _rejectedTemplates.Add(templateId);
        }
    }

    /// <summary>Zalo's delivery report of a ZNS message: user_received_message with the send's tracking_id.</summary>
    public Task<int> ReportZnsReceivedAsync(SentZns sent)
    {
        var e = Event("user_received_message", new JsonObject
        {
            ["sender"] = new JsonObject { ["id"] = OaId },
            ["recipient"] = new JsonObject { ["id"] = sent.Phone },
            ["message"] = new JsonObject { ["msg_id"] = sent.MsgId, ["tracking_id"] = sent.TrackingId },
        });
        var body = e.ToJsonString();
        return PostRawAsync(body, Sign(body, e["timestamp"]!.ToString()));
    }

    private void MapTemplates()
    {
        _app.MapPost("/message/template", ZnsAsync);
        _app.MapPost("/v3.0/oa/message/template", TemplateByUserAsync);
    }

    private async Task<IResult> ZnsAsync(HttpRequest request)
    {
        var body = await JsonSerializer.DeserializeAsync<JsonObject>(request.Body).ConfigureAwait(false) ?? [];
        lock (_gate)
        {
            _znsCalls++;
            if (!_validAccess.Contains(request.Headers["access_token"].ToString()))
            {
                return Error(-124, "Access token is invalid");
            }

            var phone = ZnsPhone(body["phone"]?.ToString() ?? "");
            var template = body["template_id"]?.ToString() ?? "";
            if (!Regex.IsMatch(phone, "^84[35789][0-9]{8}$", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                return Error(-108, "Phone number is invalid");
            }

            if (template.Length == 0 || _rejectedTemplates.Contains(template))
            {
                return Error(-131, "Template is not approved");
            }

            if (body["template_data"] is not JsonObject data)
            {
                return Error(-111, "Template data is empty");
            }

            if (_noZaloAccount.Contains(phone))
            {
                return Error(-118, "Zalo account does not exist or was disabled");
            }

            if (ZnsDailyQuota is { } quota && _zns.Count >= quota)
            {
                return Error(-144, "OA has exceeded the daily message quota");
            }

            var sent = new SentZns(phone, template, data.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? ""), body["tracking_id"]?.ToString(), NewToken("zns"));
            _zns.Add(sent);
            var quotaNode = ZnsDailyQuota is { } q
                ? new JsonObject { ["dailyQuota"] = q.ToString(CultureInfo.InvariantCulture), ["remainingQuota"] = (q - _zns.Count).ToString(CultureInfo.InvariantCulture) }
                : null;
            return Results.Json(new JsonObject
            {
                ["error"] = 0,
                ["message"] = "Success",
                ["data"] = new JsonObject { ["msg_id"] = sent.MsgId, ["sent_time"] = Now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), ["quota"] = quotaNode },
            });
        }
    }

    private async Task<IResult> TemplateByUserAsync(HttpRequest request)
    {
        if (TokenError(request) is { } error)
        {
            return error;
        }

        var body = await JsonSerializer.DeserializeAsync<JsonObject>(request.Body).ConfigureAwait(false) ?? [];
        var userId = body["recipient"]?["user_id"]?.ToString() ?? "";
        var template = body["template_id"]?.ToString() ?? "";
        lock (_gate)
        {
            if (_unfollowed.Contains(userId))
            {
                return Error(-213, "User has not followed OA");
            }

            if (template.Length == 0 || _rejectedTemplates.Contains(template))
            {
                return Error(-131, "Template is not approved");
            }

            _templates.Add(new SentTemplate(userId, template, body["template_data"]?["noi_dung"]?.ToString()));
            return Results.Json(new JsonObject { ["error"] = 0, ["message"] = "Success", ["data"] = new JsonObject { ["message_id"] = NewToken("tpl"), ["user_id"] = userId } });
        }
    }

    /// <summary>0912…, +84912… or 84912… as 84912….</summary>
    private static string ZnsPhone(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.StartsWith('0') ? "84" + digits[1..] : digits;
    }
}
