namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>
    /// The configuration's defaults that readers see (Kế hoạch 29/KH-SKHCN's names and titles): the options fall back on
    /// these when a section leaves a value out; appsettings overrides each.
    /// </summary>
    public static class Defaults
    {
        public const string OfficeName = "Văn phòng Sở Khoa học và Công nghệ tỉnh Hưng Yên";

        public const string AgencyInProvince = "Sở Khoa học và Công nghệ tỉnh Hưng Yên";

        public const string ParentAgency = "UBND TỈNH HƯNG YÊN";

        public const string Agency = "SỞ KHOA HỌC VÀ CÔNG NGHỆ";

        public const string AgencyName = "Sở Khoa học và Công nghệ";

        public const string Place = "Hưng Yên";

        public const string CouncilName = "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG";

        public const string CouncilAbbreviation = "HĐTĐKT";

        public const string Campaign = "đổi mới sáng tạo, phát triển khoa học, công nghệ và chuyển đổi số";

        public const string DirectorAuthority = "GIÁM ĐỐC";

        public const string OfficeChiefTitle = "Chánh Văn phòng Sở";

        public const string CommentsTo = "Văn phòng Sở Khoa học và Công nghệ";

        public const string RewardFund = "Quỹ thi đua, khen thưởng của Sở Khoa học và Công nghệ";

        public const string CouncilMemberRole = "Ủy viên";

        public const string ProvincialPresenter = "Lãnh đạo UBND tỉnh";

        public const string DirectorPresenter = "Giám đốc Sở Khoa học và Công nghệ";

        public const string AwardeeGroup = "Điển hình tiên tiến";

        public const string ConferenceTitle = "Hội nghị Tổng kết các phong trào thi đua và Tuyên dương điển hình tiên tiến trong lĩnh vực khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số";

        public const string VotingMethod = "bỏ phiếu kín";

        /// <summary>Kế hoạch 29/KH-SKHCN's programme.</summary>
        public static readonly IReadOnlyList<string> PlanProgramme =
        [
            "Tuyên bố lý do, giới thiệu đại biểu và khai mạc Hội nghị;",
            "Báo cáo Tổng kết phong trào thi đua của UBND tỉnh giao Sở chủ trì và phong trào thi đua chuyên đề;",
            "Báo cáo tham luận của các điển hình tiên tiến;",
            "Biểu dương, tôn vinh và khen thưởng các điển hình tiên tiến;",
            "Phát động phong trào thi đua giai đoạn 2025-2030;",
            "Giới thiệu đại biểu dự Đại hội Thi đua yêu nước tỉnh Hưng Yên lần thứ X năm 2025;",
            "Tổng kết, bế mạc Hội nghị.",
        ];

        /// <summary>Kế hoạch 29/KH-SKHCN's thành phần tham dự, shortened to group names.</summary>
        public static readonly IReadOnlyList<string> PlanGroups =
        [
            "Lãnh đạo UBND tỉnh",
            "Văn phòng UBND tỉnh",
            "Khối Thi đua Văn hóa, Xã hội",
            "Sở Nội vụ",
            "Sở KH&CN",
            "UBND cấp xã",
            AwardeeGroup,
            "Khách mời khác",
        ];
    }
}
