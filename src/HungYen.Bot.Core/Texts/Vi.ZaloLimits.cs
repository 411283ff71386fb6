namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>What the office is told about the Zalo Bot plan's monthly caps and Zalo's refusals (issue 16).</summary>
    public static class ZaloLimits
    {
        public static string UsersWarning(int users, int cap) =>
            $"⚠️ Kênh Zalo Bot tháng này đã có {users}/{cap} người dùng (giới hạn của gói miễn phí). " +
            "Khi đủ giới hạn, người mới sẽ không nhắn được với bot. Đề nghị Văn phòng Sở chuyển bớt người dùng sang Zalo OA hoặc trang trò chuyện trên web.";

        public static string MessagesWarning(int messages, int cap) =>
            $"⚠️ Kênh Zalo Bot tháng này đã dùng {messages}/{cap} tin nhắn (tính cả tin gửi đến và tin bot trả lời). " +
            "Khi đủ giới hạn, Zalo sẽ từ chối tin nhắn đến hết tháng.";

        public static string BulkStopped(int percent, int users, int userCap, int messages, int messageCap) =>
            $"⛔ Kênh Zalo Bot đã dùng tới {percent}% giới hạn tháng ({users}/{userCap} người dùng, {messages}/{messageCap} tin nhắn). " +
            "Từ nay đến hết tháng, bot ngừng gửi nhắc việc và thông báo chung qua Zalo Bot, chỉ trả lời người nhắn đến.";

        public static string Backoff(int seconds) =>
            "⚠️ Zalo liên tục từ chối tin nhắn của bot (vượt hạn mức hoặc gửi quá nhanh). " +
            $"Bot tạm dừng nhận và gửi qua Zalo Bot, mỗi lần tối đa {(seconds < 120 ? $"{seconds} giây" : $"{seconds / 60} phút")}, rồi thử lại; " +
            "các kênh khác vẫn hoạt động bình thường.";
    }
}
