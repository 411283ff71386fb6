namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    public static class Summary
    {
        public const string CommandDescription = "Xem báo cáo tổng hợp ngay";

        public static string Header(string office, string at) => $"📊 Kính gửi {office}: báo cáo tổng hợp lúc {at}";

        public const string Title = "Báo cáo tổng hợp hằng ngày";

        public const string DeadlinesHeader = "Thời hạn:";

        /// <param name="days">Calendar days from today; <paramref name="passed"/> when the moment itself is over (also earlier today).</param>
        public static string DaysLeft(string what, string when, int days, bool passed) =>
            passed ? $"• {what}: {when} (đã qua)" : days > 1 ? $"• {what}: {when} (còn {days} ngày)" : days == 1 ? $"• {what}: {when} (ngày mai)" : $"• {what}: {when} (hôm nay)";

        public static string Late(string due) => $"⏰ Báo cáo này gửi muộn: lẽ ra gửi lúc {due} (khi đó bot không hoạt động).";

        public static string Since(string at) => $"«Mới» là những gì thay đổi từ báo cáo gửi lúc {at}.";

        public const string FirstSummary = "Đây là báo cáo đầu tiên: mọi hồ sơ và trả lời đều tính là mới.";

        public static string NotSet(string what) => $"• {what}: chưa ấn định";

        public const string ConferenceStart = "Hội nghị";

        public const string NominationDeadline = "Hạn nộp hồ sơ đề xuất";

        public const string RsvpDeadline = "Hạn xác nhận tham dự";

        public static string UnreachableLine(string who, string channel, string? why, string since) =>
            $"{who} — {channel}{(why is null ? "" : ": " + why)} (từ {since})";

        public const string UnreachableHeader = "⚠️ Không gửi được tin nhắn (người nhận đã chặn bot hoặc xóa tài khoản) — đề nghị gọi điện:";

        public const string DeliveryHeader = "Tin nhắn theo lịch:";

        public static string Delivery(int planned, int sentToday, int skipped) =>
            $"• Chờ gửi: {planned}; đã gửi trong ngày: {sentToday}; bỏ qua: {skipped}";

        public const string Closing = "Trân trọng.";
    }
}
