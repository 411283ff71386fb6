namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>Lời của bot trên kênh Zalo OA (Official Account).</summary>
    public static class ZaloOa
    {
        public const string PressOrType = "Xin đồng chí bấm nút hoặc gõ số thứ tự lựa chọn.";

        public const string SharePhoneTitle = "Sở Khoa học và Công nghệ tỉnh Hưng Yên";

        public const string SharePhoneSubtitle = "Xin đồng chí chia sẻ số điện thoại để xác nhận Giấy mời.";

        /// <summary>Where the engine speaks of Telegram's contact button, the OA shows its phone-number form instead.</summary>
        public static IReadOnlyList<(string Telegram, string Oa)> FormHints { get; } =
        [
            (Delegates.AskIdentify,
                "Để mở Giấy mời, xin đồng chí cho biết mình là ai bằng một trong hai cách:\n" +
                "• gửi mẫu «Chia sẻ số điện thoại» bên dưới (số điện thoại Zalo của chính đồng chí);\n" +
                "• hoặc nhập mã Giấy mời gồm 8 ký tự in trên Giấy mời."),
            (Delegates.IdentifyHint, "Xin đồng chí gửi mẫu chia sẻ số điện thoại hoặc nhập mã Giấy mời gồm 8 ký tự (ví dụ: K7M2QX9P)."),
            (Delegates.TypedPhoneNotProof,
                "Số điện thoại gõ tay chưa đủ để xác minh đồng chí. Xin gửi mẫu «Chia sẻ số điện thoại» của Zalo " +
                "hoặc nhập mã Giấy mời gồm 8 ký tự in trên Giấy mời."),
        ];

        public const string Unfollowed = "đã bỏ quan tâm Zalo OA";

        public const string RefreshFailed =
            "⚠️ Kênh Zalo OA không gia hạn được mã truy cập. Xin Văn phòng Sở cấp quyền lại cho ứng dụng trên trang Zalo for Developers; " +
            "trong thời gian này kênh Zalo OA không gửi, nhận được tin nhắn.";
    }
}
