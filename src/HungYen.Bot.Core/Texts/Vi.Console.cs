namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>Words of the local console channel, used to try the bot without Telegram.</summary>
    public static class Console
    {
        public const string Banner =
            "HungYen.Bot — chế độ thử trên máy (không cần Telegram).\n" +
            "Gõ tin nhắn rồi nhấn Enter; chọn bằng cách gõ số thứ tự. Lệnh riêng của chế độ này:\n" +
            "  :admin            đóng vai cán bộ Văn phòng Sở (quản trị)\n" +
            "  :as <tên>         đóng vai một người dùng khác (ví dụ :as canbo1)\n" +
            "  :file <đường dẫn> gửi một tệp\n" +
            "  :contact <số>     chia sẻ số điện thoại của mình\n" +
            "  :quit             thoát";

        public static string ActingAs(string address) => $"(Đang đóng vai {address})";

        public static string To(string address) => $"🤖 → {address}";

        public static string FileSaved(string path) => $"📎 Tệp đã lưu: {path}";

        public const string ContactPrompt = "(Gõ :contact <số điện thoại> để chia sẻ số điện thoại)";

        public static string FileNotFound(string path) => $"Không tìm thấy tệp: {path}";

        public const string Goodbye = "Kết thúc phiên thử. Hẹn gặp lại đồng chí!";
    }
}
