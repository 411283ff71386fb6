using QRCoder;

namespace HungYen.Bot.Core.Delegates;

/// <summary>What is printed or scanned for a delegate: the personal link, the check-in payload, their QR images.</summary>
public static class DelegateLinks
{
    /// <summary>The personal t.me link, or null while Bot:Username is not configured.</summary>
    public static string? InviteLink(Delegate @delegate, string? botUsername) =>
        string.IsNullOrWhiteSpace(botUsername) ? null : $"https://t.me/{botUsername.Trim().TrimStart('@')}?start={@delegate.Token}";

    /// <summary>
    /// What the check-in QR holds: a link staff open by scanning with the phone camera (it runs "/start ci-…" in their
    /// own chat with the bot); without a bot username, the code itself, which staff can type.
    /// </summary>
    public static string CheckInPayload(Delegate @delegate, string? botUsername) =>
        string.IsNullOrWhiteSpace(botUsername)
            ? DelegateCodes.CheckInPrefix + @delegate.CheckInCode
            : $"https://t.me/{botUsername.Trim().TrimStart('@')}?start={DelegateCodes.CheckInPrefix}{@delegate.CheckInCode}";

    /// <summary>The QR for the Giấy mời: the personal link, or the invitation code when there is no link yet.</summary>
    public static string InvitePayload(Delegate @delegate, string? botUsername) => InviteLink(@delegate, botUsername) ?? @delegate.InviteCode;

    public static byte[] QrPng(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.Q);
        return new PngByteQRCode(data).GetGraphic(10);
    }
}
