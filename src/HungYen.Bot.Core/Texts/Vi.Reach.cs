namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>Who could not be reached, on which channel and why (issue 16): the office's summary.</summary>
    public static class Reach
    {
        public const string OutsideOaWindow =
            "quá 7 ngày chưa nhắn tin với Zalo OA nên OA không được gửi tin tư vấn; đề nghị gọi điện hoặc gửi tin mẫu ZNS";

        public const string PastFreeOaWindow =
            "quá 48 giờ chưa nhắn tin với Zalo OA, tin nhắn sau thời hạn này phải trả phí và đang tắt; đề nghị gọi điện";

        /// <summary>Outside the window the approved notice template was tried too, and Zalo refused it.</summary>
        public static string TemplateRefused(string reason, int code) =>
            $"{reason}; đã thử gửi tin nhắn mẫu nhưng Zalo từ chối (lỗi {code}), đề nghị gọi điện";

        /// <summary>The office's words for a stored reach problem; with the code of a refused notice template when one was tried.</summary>
        public static string Why(Channels.ReachProblem problem, int? noticeRefusedCode)
        {
            var why = problem switch
            {
                Channels.ReachProblem.OutsideReplyWindow => OutsideOaWindow,
                Channels.ReachProblem.PastFreeReplyWindow => PastFreeOaWindow,
                _ => ZaloOa.Unfollowed,
            };
            return noticeRefusedCode is { } code ? TemplateRefused(why, code) : why;
        }

        /// <summary>Beside a unit's link, for people on Zalo who cannot open it and must type the code to the bot.</summary>
        public static string BareCode(string code) => $"\n  Mã đăng ký (gõ cho bot nếu không mở được đường dẫn): {code}";

        /// <summary>The Zalo Bot has no buttons: the hint says to type the number.</summary>
        public const string ChooseByTyping = "Xin đồng chí chọn một trong các lựa chọn (gõ số thứ tự hoặc nội dung lựa chọn).";

        /// <summary>The channel's name as the office knows it, from an address such as "zalooa:123".</summary>
        public static string Channel(string address) => address.Split(':', 2)[0] switch
        {
            "telegram" => "Telegram",
            "zalo" => "Zalo Bot",
            "zalooa" => "Zalo OA",
            "web" => "trang trò chuyện trên web",
            "console" => "bảng điều khiển",
            _ => "kênh khác",
        };
    }
}
