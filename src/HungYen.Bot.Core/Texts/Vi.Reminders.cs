namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>Texts of the scheduling mechanism shared by every reminder (issue 19).</summary>
    public static class Reminders
    {
        public static string Duration(int days, int hours, int minutes, int seconds)
        {
            var parts = new List<string>();
            if (days > 0)
            {
                parts.Add($"{days} ngày");
            }

            if (hours > 0)
            {
                parts.Add($"{hours} giờ");
            }

            if (minutes > 0)
            {
                parts.Add($"{minutes} phút");
            }

            if (seconds > 0 || parts.Count == 0)
            {
                parts.Add($"{seconds} giây");
            }

            return string.Join(' ', parts);
        }

        public static string Greeting(string? name) => string.IsNullOrWhiteSpace(name) ? "Kính gửi đồng chí" : $"Kính gửi đồng chí {name.Trim()}";

        /// <summary>Calendar days from today to the day, never rounded up: "hôm nay", "ngày mai", "còn 3 ngày".</summary>
        public static string DaysLeft(int days) => days <= 0 ? "hôm nay" : days == 1 ? "ngày mai" : $"còn {days} ngày";

        /// <summary>When the conference is, from today: "hôm nay", "ngày mai", "sau 3 ngày nữa".</summary>
        public static string ConferenceWhen(int days) => days <= 0 ? "hôm nay" : days == 1 ? "vào ngày mai" : $"sau {days} ngày nữa";

        public static string BeforeConference(string duration) => $"trước Hội nghị {duration}";

        /// <summary>"Nhắc Phòng Quản lý khoa học gửi hồ sơ đề xuất (trước hạn 5 ngày)"; "đơn vị" when the unit is not known.</summary>
        public static string UnitTitle(string? unit, string? duration) =>
            $"Nhắc {(string.IsNullOrEmpty(unit) ? "đơn vị" : unit)} gửi hồ sơ đề xuất" + (duration is null ? "" : $" (trước hạn {duration})");

        public const string ConferenceMorning = "sáng ngày Hội nghị";

        public const string Superseded = "Đã có nhắc nhở mới hơn cùng loại đến hạn: chỉ gửi nhắc nhở mới nhất";

        public const string SkippedAfterQuietHours = "Chờ hết giờ yên lặng và đã quá thời điểm còn hữu ích";

        public const string WaitingQuietHours = "đang chờ hết giờ yên lặng";
    }
}
