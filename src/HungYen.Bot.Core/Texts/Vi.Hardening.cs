namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    public const string PrivateChatOnly =
        "Để bảo vệ dữ liệu cá nhân, bot chỉ làm việc trong trò chuyện riêng. Kính mời đồng chí nhắn tin riêng cho bot để tiếp tục.";

    public const string PrivateChatOnlyShort = "Bot chỉ làm việc trong trò chuyện riêng, kính mời đồng chí nhắn tin riêng cho bot.";

    public const string SharedChatSummaryNote =
        "Danh sách chi tiết và các tệp tổng hợp (có số điện thoại) không gửi vào nhóm; cán bộ quản trị xem bằng lệnh /baocao trong trò chuyện riêng với bot.";
}
