namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>What the bot says where Zalo lacks a feature Telegram has (buttons, contact sharing, documents).</summary>
    public static class Zalo
    {
        /// <summary>The engine's hints that offer buttons, and what a channel without buttons says instead ("gõ số").</summary>
        public static IReadOnlyList<(string WithButtons, string Typed)> TypedHints { get; } =
        [
            (HelpChoosing, "Khi bot hỏi kèm các lựa chọn, đồng chí gõ số thứ tự hoặc gõ vài chữ của lựa chọn (không cần dấu)."),
            (ChooseFromList, Reach.ChooseByTyping),
            (Journeys.AmbiguousHint, "Xin đồng chí chọn một (gõ số thứ tự hoặc gõ rõ hơn)."),
            (Journeys.ChooseHint, "Xin chọn một trong các lựa chọn (gõ số thứ tự)."),
            (Delegates.AskIdentify, "Để mở Giấy mời, xin đồng chí nhập mã Giấy mời gồm 8 ký tự in trên Giấy mời."),
            (Delegates.IdentifyHint, "Xin đồng chí nhập mã Giấy mời gồm 8 ký tự (ví dụ: K7M2QX9P)."),
            (Delegates.TypedPhoneNotProof, "Số điện thoại gõ tay chưa đủ để xác minh đồng chí. Xin nhập mã Giấy mời gồm 8 ký tự in trên Giấy mời."),
        ];

        public const string ChooseByNumber = "Xin đồng chí gõ số thứ tự hoặc nội dung lựa chọn.";

        public const string TypeInvitationCode =
            "Zalo không hỗ trợ chia sẻ số điện thoại qua nút bấm. Xin đồng chí gõ mã mời cá nhân in trên Giấy mời (hoặc mã đăng ký của đơn vị).";

        public static string FileLink(string fileName, string url, int hours) =>
            $"📎 Tệp «{fileName}»: {url}\n(Đường dẫn dành riêng cho đồng chí, có hiệu lực trong {hours} giờ.)";

        public static string FileUnavailable(string fileName) =>
            $"📎 Tệp «{fileName}» chưa thể gửi qua Zalo. Xin đồng chí liên hệ Văn phòng Sở để nhận tệp.";
    }
}
