namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    public static class Schedule
    {
        public const string CommandDescription = "Lịch gửi nhắc nhở và báo cáo";

        public const string SkippedWhileDown = "Đến hạn khi bot không hoạt động và đã quá thời điểm còn hữu ích";

        public const string NoLongerNeeded = "Không còn cần gửi (người nhận đã hoàn thành việc được nhắc)";

        public const string PlanChanged = "Kế hoạch thay đổi (ví dụ thời gian Hội nghị đã đổi)";

        /// <summary>The title of a message whose kind no planner knows any more.</summary>
        public const string OtherMessage = "Tin nhắn theo lịch";

        /// <summary>The office's wording of a skip reason; a record from before the codes holds the sentence itself.</summary>
        public static string Reason(string? stored) => Enum.TryParse<Scheduling.SkipReason>(stored, out var code) ? code switch
        {
            Scheduling.SkipReason.PlanChanged => PlanChanged,
            Scheduling.SkipReason.Superseded => Reminders.Superseded,
            Scheduling.SkipReason.SkippedWhileDown => SkippedWhileDown,
            Scheduling.SkipReason.SkippedAfterQuietHours => Reminders.SkippedAfterQuietHours,
            Scheduling.SkipReason.Withdrawn => Privacy.WithdrawnSkip,
            _ => NoLongerNeeded,
        } : stored ?? "";

        public static string SkippedReport(IEnumerable<string> lines) =>
            "⚠️ Kính gửi Văn phòng Sở: các tin nhắn theo lịch sau không gửi được đúng hạn và đã bỏ qua:\n" + string.Join("\n", lines);

        public static string WaitingSince(string since) => $"{Reminders.WaitingQuietHours}, từ {since}";

        public const string ListHeader = "🗓 Lịch gửi tin nhắn";

        public const string Upcoming = "Sắp gửi:";

        public const string Recent = "Đã xử lý gần đây:";

        public const string None = "  (không có)";

        public static string Cut(int shown, int total) => $" ({shown} trên tổng số {total})";

        public static string SentAt(string at) => $"đã gửi lúc {at}";

        public static string Status(Scheduling.ScheduleStatus status) => status switch
        {
            Scheduling.ScheduleStatus.Planned => "chờ gửi",
            Scheduling.ScheduleStatus.Sent => "đã gửi",
            Scheduling.ScheduleStatus.Skipped => "bỏ qua",
            _ => "đã hủy",
        };
    }
}
