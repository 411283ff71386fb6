namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>Lời của bot trên kênh Zalo OA (Official Account).</summary>
    public static class ZaloOa
    {
        public const string PressOrType = "Xin đồng chí bấm nút hoặc gõ số thứ tự lựa chọn.";

        public const string SharePhoneTitle = Defaults.AgencyInProvince;

        public const string SharePhoneSubtitle = "Xin đồng chí chia sẻ số điện thoại để xác nhận Giấy mời.";

        /// <summary>Where the engine speaks of Telegram's contact button, the OA shows its phone-number form instead.</summary>
        public static IReadOnlyList<(string Telegram, string Oa)> FormHints { get; } =
        [
            (Delegates.AskIdentify,
                Delegates.IdentifyWays + "• gửi mẫu «Chia sẻ số điện thoại» bên dưới (số điện thoại Zalo của chính đồng chí);\n• " + Delegates.OrTypeCode),
            (Delegates.IdentifyHint, "Xin đồng chí gửi mẫu chia sẻ số điện thoại " + Delegates.OrTypeCodeExample),
            (Delegates.TypedPhoneNotProof, Delegates.TypedPhoneOpening + "Xin gửi mẫu «Chia sẻ số điện thoại» của Zalo " + Delegates.OrTypeCode),
        ];

        public const string Unfollowed = "đã bỏ quan tâm Zalo OA";

        public const string RefreshFailed =
            "⚠️ Kênh Zalo OA không gia hạn được mã truy cập. Xin Văn phòng Sở cấp quyền lại cho ứng dụng trên trang Zalo for Developers; " +
            "trong thời gian này kênh Zalo OA không gửi, nhận được tin nhắn.";
    }
}
