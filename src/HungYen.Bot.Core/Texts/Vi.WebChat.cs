namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>The web chat: its page, its notices, and the office's commands about browser sessions.</summary>
    public static class WebChat
    {
        public const string ColumnTelegramLink = "Đường dẫn Telegram";

        public const string PageTitle = Heading + " — " + SubHeading;
        public const string Heading = "Trợ lý Hội nghị";
        public const string SubHeading = Defaults.AgencyInProvince;
        public const string NoScript = "Trang này cần bật JavaScript trong trình duyệt.";
        public const string TextPlaceholder = "Nhập tin nhắn…";
        public const string Send = "Gửi";
        public const string Attach = "📎 Gửi tệp";
        public const string PhoneLabel = "Số điện thoại của đồng chí";
        public const string PhoneSend = "Gửi số điện thoại";
        public const string PhoneHint =
            "Trên trang web, số điện thoại gõ tay chưa đủ để xác minh; cách nhanh nhất là nhập mã Giấy mời gồm 8 ký tự in trên Giấy mời.";
        public const string Download = "Tải tệp về";
        public const string Me = "Đồng chí";
        public const string Bot = "Trợ lý";
        public const string Sending = "Đang gửi…";
        public const string Retrying = "Chưa gửi được, đang thử lại…";
        public const string Reconnecting = "Mất kết nối, đang kết nối lại…";
        public const string TooFast = "Đồng chí gửi hơi nhanh, xin chờ một lát rồi gửi lại.";
        public const string SessionEnded =
            "Phiên làm việc trên trình duyệt này đã kết thúc hoặc đã bị thu hồi. Xin đồng chí mở lại đường dẫn in trên Giấy mời " +
            "(hoặc đường dẫn đơn vị được gửi), hoặc liên hệ Văn phòng Sở.";
        public const string NotFound = "Không tìm thấy trang này. Xin đồng chí kiểm tra lại đường dẫn.";

        public static string FileTooLarge(int megabytes) => $"Tệp quá lớn: xin gửi tệp không quá {megabytes} MB.";

        public static string FileSent(string fileName) => $"📎 {fileName}";

        public const string SessionsDescription = "Trình duyệt web: đường dẫn chung và các phiên đang mở";
        public const string RevokeDescription = "Thu hồi phiên trình duyệt web của một người";
        public const string NoSessions = "Chưa có phiên trình duyệt web nào đang mở.";

        public static string GeneralLink(string link) => $"Đường dẫn chung của trang trò chuyện: {link}";

        public static string SessionLine(string person, int browsers, string since) => $"• {person}: {browsers} trình duyệt, từ {since}";

        public const string RevokeUsage = "Cách dùng: /web_thuhoi <mã định danh>, ví dụ /web_thuhoi web:Ab12Cd34…";

        public static string Revoked(string person, int count) =>
            count == 0 ? $"{person} không có phiên trình duyệt nào đang mở." : $"Đã thu hồi {count} phiên trình duyệt của {person}.";
    }
}
