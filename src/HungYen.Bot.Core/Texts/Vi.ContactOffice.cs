namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    public static class ContactOffice
    {
        public const string MenuLabel = "✉️ Gửi ý kiến tới Văn phòng Sở";

        public const int MinLength = 5;

        public const int MaxLength = 2000;

        public const string AskText =
            "Xin đồng chí nhập nội dung câu hỏi hoặc kiến nghị gửi Văn phòng Sở (từ 5 đến 2.000 ký tự) trong một tin nhắn:";

        public const string TooShort = "Nội dung quá ngắn. Xin đồng chí nhập ít nhất 5 ký tự.";

        public const string TooLong = "Nội dung dài quá 2.000 ký tự. Xin đồng chí rút gọn hoặc chia thành nhiều lần gửi.";

        public const string Send = "📨 Gửi";

        public const string Rewrite = "✏️ Viết lại";

        public static string Review(string text) => $"Nội dung sẽ gửi Văn phòng Sở:\n\n«{text}»\n\nĐồng chí xác nhận gửi?";

        public const string Sent = "Đã gửi ý kiến của đồng chí tới Văn phòng Sở. Văn phòng sẽ phản hồi sớm. Trân trọng.";

        public static string ToOffice(string from, string address, string text) =>
            $"✉️ Ý kiến gửi Văn phòng Sở\nTừ: {from} ({address})\n\n{text}";
    }
}
