namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    public static class Summary
    {
        public const string CommandDescription = "Xem báo cáo tổng hợp ngay";

        public static string Header(string office, string at) => $"📊 Kính gửi {office}: báo cáo tổng hợp lúc {at}";

        public const string Title = "Báo cáo tổng hợp hằng ngày";

        public const string DeadlinesHeader = "Thời hạn:";

        public static string DaysLeft(string what, string when, int days) =>
            days > 0 ? $"• {what}: {when} (còn {days} ngày)" : days == 0 ? $"• {what}: {when} (hôm nay)" : $"• {what}: {when} (đã qua)";

        public static string NotSet(string what) => $"• {what}: chưa ấn định";

        public const string ConferenceStart = "Hội nghị";

        public const string NominationDeadline = "Hạn nộp hồ sơ đề xuất";

        public const string RsvpDeadline = "Hạn xác nhận tham dự";

        public const string UnreachableHeader = "⚠️ Không gửi được tin nhắn (người nhận đã chặn bot hoặc xóa tài khoản) — đề nghị gọi điện:";

        public const string DeliveryHeader = "Tin nhắn theo lịch:";

        public static string Delivery(int planned, int sentToday, int skipped) =>
            $"• Chờ gửi: {planned}; đã gửi trong ngày: {sentToday}; bỏ qua: {skipped}";

        public const string Closing = "Trân trọng!";
    }
}
