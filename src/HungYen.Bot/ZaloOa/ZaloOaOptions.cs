namespace HungYen.Bot.ZaloOa;

/// <summary>
/// Section "ZaloOa". The app secret, the OA secret key and the first refresh token come from the environment
/// (ZaloOa__AppSecret, ZaloOa__OaSecretKey, ZaloOa__RefreshToken) or user-secrets, never a committed file.
/// </summary>
public sealed class ZaloOaOptions
{
    public const string Section = "ZaloOa";

    public string? AppId { get; set; }

    /// <summary>The app's secret key: sent as the secret_key header when tokens are refreshed.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The OA Secret Key of the developer console's Webhook page: signs every webhook call.</summary>
    public string? OaSecretKey { get; set; }

    /// <summary>The first refresh token (from the OA admin's grant); later pairs live in the database.</summary>
    public string? RefreshToken { get; set; }

    /// <summary>The OA's own id: events it sends itself are ignored.</summary>
    public string? OaId { get; set; }

    public string OAuthBaseUrl { get; set; } = "https://oauth.zaloapp.com";

    public string ApiBaseUrl { get; set; } = "https://openapi.zalo.me";

    /// <summary>The access token is renewed this long before it expires (it lives 25 h; renewed at about 20 h).</summary>
    public int RefreshMarginMinutes { get; set; } = 300;

    /// <summary>Whether consultation messages 48 h–7 days after a person's last interaction (billed to the OA's wallet) are sent.</summary>
    public bool AllowBilledMessages { get; set; } = true;

    /// <summary>Where ZNS ("ZBS Template Message") is sent by phone number.</summary>
    public string ZnsBaseUrl { get; set; } = "https://business.openapi.zalo.me";

    /// <summary>
    /// The approved ZNS template of the Giấy mời (parameters ten_dai_bieu, ten_hoi_nghi, thoi_gian, dia_diem, ma_moi; its
    /// button opens the web chat at …/w/&lt;ma_moi&gt;). Unset: the office cannot invite by ZNS.
    /// </summary>
    public string? InvitationTemplateId { get; set; }

    /// <summary>
    /// The approved template sent by user id to a follower outside the consultation window (parameter noi_dung: the
    /// notice, shortened to <see cref="NoticeTextMaxLength"/>). Unset: such a person goes to the office's call list.
    /// </summary>
    public string? NoticeTemplateId { get; set; }

    public int NoticeTextMaxLength { get; set; } = 200;

    /// <summary>ZNS "mode":"development": only the app's and OA's admins receive (for trying a template out).</summary>
    public bool ZnsDevelopmentMode { get; set; }

    /// <summary>How often the ZNS sender looks for invitations that are due.</summary>
    public int ZnsCheckSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(AppSecret) && !string.IsNullOrWhiteSpace(OaSecretKey);

    /// <summary>Every secret of this channel, for redaction.</summary>
    public IEnumerable<string> Secrets() => new[] { AppSecret, OaSecretKey, RefreshToken }.Where(s => !string.IsNullOrEmpty(s))!;
}
