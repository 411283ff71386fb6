using QRCoder;

namespace HungYen.Bot.Core.Delegates;

/// <summary>What is printed or scanned for a delegate: the personal link, the check-in payload, their QR images.</summary>
public static class DelegateLinks
{
    /// <summary>The personal link (the web chat's, else t.me), or null while neither is configured.</summary>
    public static string? InviteLink(Delegate @delegate, BotOptions bot) => StartLinks.Preferred(bot, @delegate.Token);

    /// <summary>
    /// What the check-in QR holds: a link staff open by scanning with the phone camera (it runs "/start ci-…" in their
    /// own chat with the bot, on the web or on Telegram); without any link, the code itself, which staff can type.
    /// </summary>
    public static string CheckInPayload(Delegate @delegate, BotOptions bot) =>
        StartLinks.Preferred(bot, DelegateCodes.CheckInPrefix + @delegate.CheckInCode) ?? DelegateCodes.CheckInPrefix + @delegate.CheckInCode;

    /// <summary>The QR for the Giấy mời: the personal link, or the invitation code when there is no link yet.</summary>
    public static string InvitePayload(Delegate @delegate, BotOptions bot) => InviteLink(@delegate, bot) ?? @delegate.InviteCode;

    public static byte[] QrPng(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.Q);
        return new PngByteQRCode(data).GetGraphic(10);
    }
}
