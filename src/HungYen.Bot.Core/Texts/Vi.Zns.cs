namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>Issue 16: Giấy mời sent as a Zalo template message (ZNS, now "ZBS Template Message") by phone number.</summary>
    public static class Zns
    {
        public const string MenuLabel = "Gửi Giấy mời qua tin nhắn mẫu Zalo (ZNS)";

        public const string StatusCommand = "Xem kết quả gửi Giấy mời qua tin nhắn mẫu Zalo (ZNS)";

        public const string NoTemplate =
            "Chưa cấu hình mẫu tin Giấy mời (ZaloOa:InvitationTemplateId) nên chưa gửi được Giấy mời qua tin nhắn mẫu Zalo. " +
            "Xin Văn phòng Sở đăng ký mẫu tin trên Zalo Cloud, chờ duyệt rồi ghi mã mẫu vào cấu hình.";

        public const string NoWebLink =
            "Nút «Xác nhận tham dự» trong tin nhắn mẫu mở đường dẫn cá nhân trên trang trò chuyện của bot, nhưng trang này chưa bật " +
            "(Web:PublicBaseUrl). Xin bật trang trò chuyện trên web trước khi gửi.";

        public const string NoTimeOrVenue =
            "Chưa ấn định thời gian hoặc địa điểm Hội nghị, mà tin nhắn mẫu phải có cả hai. Xin đặt bằng /hoinghi_thoigian và /hoinghi_diadiem trước khi gửi.";

        public const string NobodyToInvite =
            "Không có đại biểu nào cần gửi: mọi đại biểu trong danh sách đã nhắn tin với bot, đã được gửi tin nhắn mẫu trước đó hoặc chưa có số điện thoại.";

        public static string AskConfirm(int count, string template) =>
            $"Có {count} đại biểu chưa từng nhắn tin với bot và chưa được gửi Giấy mời qua tin nhắn mẫu Zalo.\n" +
            $"Mỗi người sẽ nhận đúng một tin nhắn mẫu «{template}» (có tên đại biểu, tên Hội nghị, thời gian, địa điểm và nút mở đường dẫn cá nhân), " +
            "gửi đến số điện thoại trong danh sách đã nhập; mỗi tin được tính phí.\n" +
            "Chỉ gửi cho người đã cung cấp số điện thoại để nhận thông tin về Hội nghị. Đồng chí có xác nhận gửi không?";

        public static string Send(int count) => $"✅ Gửi {count} tin";

        public static string CountChanged(int before, int now) =>
            $"Danh sách vừa thay đổi: số đại biểu cần gửi là {now} (không phải {before}). Xin đồng chí xác nhận lại.";

        public static string Scheduled(int count) =>
            $"Đã lên lịch gửi {count} Giấy mời qua tin nhắn mẫu Zalo; mỗi người nhận một lần. " +
            "Gõ /zns_ketqua để xem kết quả từng người; báo cáo tổng hợp hằng ngày cũng liệt kê những người chưa nhận được.";

        public const string NothingSent = "Chưa gửi Giấy mời nào qua tin nhắn mẫu Zalo.";

        public static string StatusHeader(int total, int waiting, int sent, int delivered, int failed) =>
            $"Giấy mời qua tin nhắn mẫu Zalo (ZNS): {total} tin — chờ gửi: {waiting}; đã gửi: {sent}; đã đến máy người nhận: {delivered}; không gửi được: {failed}.";

        public const string ProblemsHeader = "Những đại biểu chưa nhận được (đề nghị gọi điện):";

        public static string ProblemLine(string name, string phone, string reason) =>
            phone.Length == 0 ? $"• {name}: {reason}" : $"• {name} ({phone}): {reason}";

        /// <summary>In place of the name of a delegate no longer on the invitation list.</summary>
        public const string NoLongerListed = "Đại biểu không còn trong danh sách";

        public const string NoZaloAccount = "số điện thoại không dùng Zalo";

        public const string BadPhone = "số điện thoại không hợp lệ";

        public const string TemplateRejected = "mẫu tin bị Zalo từ chối (chưa được duyệt, sai mã mẫu hoặc sai tham số)";

        public static string DailyQuota(string at) => $"đã hết hạn mức gửi trong ngày của OA; bot sẽ gửi lại lúc {at}";

        public static string NightWait(string at) => $"Zalo không cho gửi từ 22:00 đến 06:00; bot sẽ gửi lại lúc {at}";

        public const string Refused = "người nhận đã từ chối nhận tin nhắn mẫu của OA";

        public const string CannotReceive = "người nhận không nhận được tin nhắn mẫu (tài khoản bị khóa hoặc đã chặn)";

        public const string NoBalance = "tài khoản trả trước (ví ZBS) của OA không đủ tiền";

        public const string Unknown = "bot dừng đúng lúc đang gửi nên chưa rõ tin đã đi chưa; để tránh gửi hai lần, bot không tự gửi lại";

        public static string Failed(int code) => $"Zalo báo lỗi {code}";

        public const string PhoneErased = "số điện thoại đã được xóa theo quy định về bảo vệ dữ liệu cá nhân nên bot không gửi";

        public const string StateScheduled = "chờ gửi";

        public const string StateSending = "đang gửi";

        public const string StateSent = "đã gửi";

        public const string StateDelivered = "đã đến máy người nhận";

        public const string StateFailed = "không gửi được";

        public const string StateUnknown = "chưa rõ đã gửi hay chưa";

        public const string SummaryHeader = "Giấy mời qua tin nhắn mẫu Zalo (ZNS):";
    }
}
