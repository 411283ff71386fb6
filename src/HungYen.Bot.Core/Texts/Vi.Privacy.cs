namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    public static class Privacy
    {
        public const string Agree = "✅ Đồng ý";

        public const string Decline = "Không đồng ý";

        public static string Notice(string version, string controller, string office, string? phone, int retentionDays) =>
            $"Kính gửi đồng chí,\nTrước khi sử dụng, xin đồng chí đọc Thông báo về xử lý dữ liệu cá nhân (phiên bản {version}):\n" +
            $"• Bên kiểm soát dữ liệu: {controller}.\n" +
            "• Mục đích: tiếp nhận hồ sơ đề xuất khen thưởng, xác nhận tham dự Hội nghị, gửi nhắc nhở và thông báo liên quan.\n" +
            "• Dữ liệu được lưu: họ và tên, chức vụ, đơn vị, số điện thoại, mã tài khoản trò chuyện và nội dung đồng chí gửi.\n" +
            $"• Thời gian lưu: số điện thoại, mã tài khoản và ghi chú của đại biểu được xóa {retentionDays} ngày sau Hội nghị; " +
            "hồ sơ đề xuất khen thưởng là hồ sơ chính thức của đơn vị, được lưu theo quy định.\n" +
            "• Quyền của đồng chí: xem, sửa, xóa dữ liệu và rút lại sự đồng ý bất cứ lúc nào bằng lệnh /dulieu; " +
            "yêu cầu được trả lời trong vòng 2 ngày làm việc.\n" +
            $"• Liên hệ: {office}{(string.IsNullOrWhiteSpace(phone) ? "" : ", điện thoại " + phone)}.\n" +
            "Căn cứ: Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số 356/2025/NĐ-CP.";

        public const string Question = "Đồng chí có đồng ý để bot xử lý dữ liệu cá nhân của mình cho các mục đích trên không?";

        public const string WithdrawnSkip = "Người nhận đã rút lại sự đồng ý xử lý dữ liệu cá nhân";

        public const string NoticeChanged = "Thông báo về xử lý dữ liệu cá nhân đã được cập nhật. Xin đồng chí đọc và xác nhận lại.";

        public const string Thanks = "Cảm ơn đồng chí đã đồng ý. Sự đồng ý đã được ghi nhận.";

        public const string Declined =
            "Đã ghi nhận đồng chí không đồng ý. Bot không lưu thông tin nào của đồng chí và vì vậy không thể nhận hồ sơ đề xuất, " +
            "xác nhận tham dự Hội nghị hay gửi nhắc nhở. Nếu đổi ý, xin gõ /start. Mọi việc khác xin liên hệ trực tiếp Văn phòng Sở.";
    }
}
