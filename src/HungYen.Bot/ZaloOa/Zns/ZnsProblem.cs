namespace HungYen.Bot.ZaloOa.Zns;

/// <summary>
/// Why a ZNS Giấy mời has not arrived (yet), as stored on the <see cref="ZnsInvitation"/>; the office's sentence is
/// worded from it when shown (<see cref="ZnsReport"/>), so the record keeps a code, not Vietnamese.
/// </summary>
public enum ZnsProblem
{
    /// <summary>Zalo -118: the phone number has no Zalo account.</summary>
    NoZaloAccount,

    /// <summary>Zalo -108: the phone number is not valid.</summary>
    BadPhone,

    /// <summary>Zalo -114/-119: the account is locked or blocks template messages.</summary>
    CannotReceive,

    /// <summary>Zalo -139/-141: the person refused the OA's template messages.</summary>
    Refused,

    /// <summary>Zalo -109/-111/-112/-127/-131: the template is not approved, or its id or data are wrong.</summary>
    TemplateRejected,

    /// <summary>Zalo -144: the OA's daily quota is used up; sent again at <see cref="ZnsInvitation.NotBefore"/>.</summary>
    DailyQuota,

    /// <summary>Zalo -133: no template messages at night; sent again at <see cref="ZnsInvitation.NotBefore"/>.</summary>
    NightWait,

    /// <summary>Zalo -115: the OA's prepaid wallet is empty.</summary>
    NoBalance,

    /// <summary>Any other refusal: the sentence names <see cref="ZnsInvitation.ErrorCode"/>.</summary>
    Failed,

    /// <summary>The bot stopped while sending, so whether it went out is not known.</summary>
    Interrupted,

    /// <summary>The phone was erased (the delegate's request, or the retention period) before the invitation went out.</summary>
    Erased,
}
