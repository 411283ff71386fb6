namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    public static class Retention
    {
        public const string Title = "Xóa dữ liệu cá nhân hết thời hạn lưu trữ";

        public const string PurgedText = "[đã xóa theo thời hạn lưu trữ]";

        public static string DeliveryFilesDeleted(int files) => $"Tệp bot đã tạo để gửi (danh sách, gói Giấy mời, bản sao dữ liệu): đã xóa {files} tệp";

        public static string ConversationLine(int messages, int failed, int sessions) =>
            $"Hội thoại: {messages} nội dung tin nhắn đã xóa, {failed} bản ghi lỗi đã xóa, {sessions} phiên trò chuyện đã xóa";

        public static string RanLate(string due) =>
            $"Lưu ý: việc xóa lẽ ra thực hiện ngày {due}; bot thực hiện bù muộn vì khi đó bot không hoạt động hoặc thời gian Hội nghị được ấn định, thay đổi sau mốc này.";

        public static string Report(int days, IEnumerable<string> lines) =>
            $"🔒 Kính gửi Văn phòng Sở: đã hết thời hạn lưu trữ {days} ngày sau Hội nghị. Bot đã tự động xóa hoặc ẩn danh dữ liệu cá nhân:\n" +
            Bullets(lines) +
            "\nHồ sơ đề xuất khen thưởng được giữ làm hồ sơ chính thức theo cấu hình. Trân trọng.";
    }
}
