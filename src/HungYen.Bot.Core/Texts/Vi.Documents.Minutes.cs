namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>The Biên bản họp Hội đồng Thi đua - Khen thưởng Sở: its labels, the course of the meeting, the conclusion.</summary>
    public static partial class Documents
    {
        public const string StartLabel = "Thời gian bắt đầu: ";

        public const string MembersLabel = "Thành phần: ";

        public const string SecretaryLabel = "Thư ký: ";

        public const string ConclusionLabel = "Kết luận: ";

        public const string MinutesContent = "NỘI DUNG CUỘC HỌP";

        public const string ColumnNominee = "Tên tập thể, cá nhân";

        public const string ColumnShare = "Tỷ lệ (%)";

        public static string Comrade(string name) => $"đồng chí {name}";

        public static string Absentee(string name, string? reason) =>
            $"đồng chí {name}{(string.IsNullOrWhiteSpace(reason) ? "" : $", lý do: {reason}")}";

        public static string Attendance(int members, int present, IReadOnlyList<string> absent) =>
            $"tổng số thành viên Hội đồng: {Count(members)} đồng chí; có mặt: {Count(present)} đồng chí; vắng: {Count(absent.Count)} đồng chí" +
            (absent.Count == 0 ? "" : " (" + string.Join("; ", absent) + ")") + ".";

        public static string PresentMember(string name, string position, string role) => $"- Đồng chí {name}, {position} – {role} Hội đồng;";

        public static string MinutesPurpose(string campaign, string plan) =>
            $"1. Đồng chí Chủ tịch Hội đồng nêu mục đích, yêu cầu của cuộc họp: xét đề nghị khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua {campaign}, theo {plan}.";

        public static string MinutesChecked(int all, int provincial, int director) =>
            $"2. Văn phòng Sở báo cáo kết quả tiếp nhận, kiểm tra hồ sơ: {Count(all)} hồ sơ đủ điều kiện đưa ra Hội đồng xét, gồm {Count(provincial)} hồ sơ đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh và {Count(director)} hồ sơ đề nghị tặng Giấy khen của Giám đốc Sở.";

        public const string MinutesDiscussed = "3. Các thành viên Hội đồng thảo luận, cho ý kiến về thành tích của từng tập thể, cá nhân.";

        /// <summary>The vote rule as the minutes state it: on all members or on those present, "trên" (strictly above) or "từ" (at least) the share.</summary>
        public static string MinutesVote(string method, bool onMembers, bool strict, string percent) =>
            $"4. Hội đồng biểu quyết bằng hình thức {method}. Tỷ lệ đồng ý tính trên {(onMembers ? "tổng số thành viên Hội đồng" : "số thành viên có mặt")}; " +
            $"tập thể, cá nhân được đề nghị khi đạt {(strict ? "trên" : "từ")} {percent}%. Kết quả kiểm phiếu như sau:";

        public static string KindsCount(int collectives, int individuals) => $"{Count(collectives)} tập thể, {Count(individuals)} cá nhân";

        public static string MinutesConclusion(string director, string provincial) =>
            $"Hội đồng thống nhất đề nghị Giám đốc Sở tặng Giấy khen cho {director}; trình Chủ tịch UBND tỉnh tặng Bằng khen cho {provincial} (có danh sách kèm theo).";

        public static string MinutesEnd(string at) => $"Cuộc họp kết thúc vào {at}./.";
    }
}
