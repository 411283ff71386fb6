namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>The blank báo cáo thành tích for a thematic award, offered at the wizard's file step.</summary>
    public static class ReportForm
    {
        public const string Choice = "📄 Tải mẫu báo cáo thành tích";

        public const string Caption = "Mẫu báo cáo thành tích đề nghị khen thưởng theo chuyên đề (Word). Đơn vị hoàn thiện, ký, đóng dấu rồi gửi lại tệp ở bước này.";

        public static string FileName(AwardLevel award) => $"Mẫu báo cáo thành tích - {Nominations.AwardShort(award)}.docx";

        public const string Sent = "Đã gửi mẫu báo cáo thành tích. Khi đã hoàn thiện, xin gửi tệp ở bước này; nếu chưa có, chọn «Bỏ qua».";

        public const string Dots = "……………………………………………………………………";

        public const string ShortDots = "…………………………………";

        public static string DateLine(string place) => $"{place}, ngày …… tháng …… năm 20……";

        public const string Kind = "BÁO CÁO THÀNH TÍCH";

        public static string Summary(AwardLevel award, string agencyName) => award == AwardLevel.DirectorCertificate
            ? $"ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA GIÁM ĐỐC {agencyName.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}"
            : "ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH";

        public static string Thematic(string movement) =>
            movement.Length == 0 ? "(Khen thưởng theo chuyên đề)" : $"(Khen thưởng theo chuyên đề: phong trào thi đua “{movement}”)";

        public static string NomineeLabel(bool individual) => individual ? "Họ và tên, chức vụ, đơn vị công tác: " : "Tên tập thể đề nghị khen thưởng: ";

        public const string NomineeHint = "(Ghi đầy đủ bằng chữ in thường, có dấu, không viết tắt)";

        public const string SectionProfile = "I. SƠ LƯỢC LÝ LỊCH";

        public static readonly string[] IndividualProfile =
        [
            "Họ và tên", "Ngày, tháng, năm sinh", "Giới tính", "Quê quán", "Nơi thường trú", "Đơn vị công tác",
            "Chức vụ (Đảng, chính quyền, đoàn thể)", "Trình độ chuyên môn, nghiệp vụ", "Trình độ lý luận chính trị",
        ];

        public static readonly string[] CollectiveProfile =
        [
            "Tên tập thể", "Địa chỉ trụ sở, điện thoại", "Người đứng đầu (họ và tên, chức vụ)",
            "Tổng số cán bộ, công chức, viên chức, người lao động (trong đó số nữ)", "Chức năng, nhiệm vụ được giao",
        ];

        public const string SectionAchievements = "II. THÀNH TÍCH ĐẠT ĐƯỢC TRONG PHONG TRÀO THI ĐUA";

        public const string AchievementsHint =
            "(Căn cứ mục tiêu, nhiệm vụ và các chỉ tiêu đã đăng ký trong phong trào thi đua theo chuyên đề: kết quả đạt được có số liệu cụ thể; " +
            "các giải pháp, sáng kiến, đổi mới đã áp dụng; hiệu quả, tác dụng nêu gương)";

        public const string SectionPriorAwards = "III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN";

        public const string PriorAwardsHint = "(Năm; hình thức khen thưởng; số, ngày Quyết định; cơ quan ban hành)";

        public static readonly string[] ReporterAuthority = ["NGƯỜI BÁO CÁO THÀNH TÍCH", "(Ký, ghi rõ họ và tên)"];

        public static readonly string[] HeadCertifies = ["THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN", "(Ký, đóng dấu)"];

        public static readonly string[] HeadAuthority = ["THỦ TRƯỞNG ĐƠN VỊ", "(Ký, đóng dấu)"];

        public static readonly string[] ParentCertifies = ["CẤP TRÊN TRỰC TIẾP XÁC NHẬN, ĐỀ NGHỊ", "(Ký, đóng dấu)"];

        public static string[] DirectorCertifies(string agencyName) =>
            [$"XÁC NHẬN CỦA GIÁM ĐỐC {agencyName.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}", "(Ký, đóng dấu)"];
    }
}
