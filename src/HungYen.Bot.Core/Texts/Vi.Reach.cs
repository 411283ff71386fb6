namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>Who could not be reached, on which channel and why (issue 16): the office's summary.</summary>
    public static class Reach
    {
        public const string OutsideOaWindow =
            "quá 7 ngày chưa nhắn tin với Zalo OA nên OA không được gửi tin tư vấn; đề nghị gọi điện hoặc gửi tin mẫu ZNS";

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
