namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>What the bot says on the Zalo Official Account channel.</summary>
    public static class ZaloOa
    {
        public const string PressOrType = "Xin đồng chí bấm nút hoặc gõ số thứ tự lựa chọn.";

        public const string SharePhoneTitle = "Sở Khoa học và Công nghệ tỉnh Hưng Yên";

        public const string SharePhoneSubtitle = "Xin đồng chí chia sẻ số điện thoại để xác nhận Giấy mời.";

        public const string Unfollowed = "đã bỏ quan tâm Zalo OA";

        public const string RefreshFailed =
            "⚠️ Kênh Zalo OA không gia hạn được mã truy cập. Xin Văn phòng Sở cấp quyền lại cho ứng dụng trên trang Zalo for Developers; " +
            "trong thời gian này kênh Zalo OA không gửi, nhận được tin nhắn.";
    }
}
