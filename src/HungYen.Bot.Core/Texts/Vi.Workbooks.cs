namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>The printable .xlsx files: the proposal list's titles, headers, group and total rows.</summary>
    public static class Workbooks
    {
        /// <summary>Excel's footer codes: &amp;P the page, &amp;N the pages.</summary>
        public const string PageFooter = "Trang &P/&N";

        /// <summary>The proposal list's file name on a day (the daily summary's): "Danh sách đề nghị khen thưởng 25-11-2026.xlsx".</summary>
        public static string ListFile(DateTime local, string extension) => $"{ListName} {Day(local)}.{extension}";

        /// <summary>The same at a time of day (an export on request): "… 25-11-2026 06h30.xlsx" (a colon may not stand in a file name).</summary>
        public static string ListFileAt(DateTime local, string extension) => $"{ListName} {Stamp(local)}.{extension}";

        /// <summary>The delegates' list on a day (the daily summary's): "Danh sách đại biểu 25-11-2026.xlsx".</summary>
        public static string DelegatesFile(DateTime local) => $"{DelegatesName} {Day(local)}.xlsx";

        /// <summary>The delegates' list at a time of day (on request): "Danh sách đại biểu 25-11-2026 06h30.xlsx".</summary>
        public static string DelegatesFileAt(DateTime local) => $"{DelegatesName} {Stamp(local)}.xlsx";

        /// <summary>The stamp of files made at a time of day: "25-11-2026 06h30".</summary>
        public static string Stamp(DateTime local) => local.ToString("dd-MM-yyyy HH'h'mm", CultureInfo.InvariantCulture);

        /// <summary>The day of a file made once a day: "25-11-2026" (a slash may not stand in a file name).</summary>
        private static string Day(DateTime local) => local.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

        private const string ListName = "Danh sách đề nghị khen thưởng";
        private const string DelegatesName = "Danh sách đại biểu";

        /// <summary>The Giấy mời pack: every delegate's link and invitation code, and one QR image per delegate.</summary>
        public const string InvitationLinksFile = "Giấy mời - đường dẫn và mã mời.xlsx";

        public const string InvitationQrFile = "Giấy mời - mã QR.zip";

        /// <summary>One delegate's QR image: "Giấy mời - ABC123.png".</summary>
        public static string InvitationQrImage(string code) => $"Giấy mời - {code}.png";

        public const string ListSheet = "Danh sách đề xuất";

        public const string ExcludedSheet = "Không đủ điều kiện, đã rút";

        public const string ListTitle = "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC CÁC ĐƠN VỊ ĐỀ XUẤT KHEN THƯỞNG";

        public const string ExcludedTitle = "HỒ SƠ KHÔNG ĐƯA VÀO DANH SÁCH (KHÔNG ĐỦ ĐIỀU KIỆN, KHÔNG ĐƯỢC ĐỀ NGHỊ, ĐÃ RÚT)";

        public static string Compiled(string at, int count) => $"(Tổng hợp lúc {at}; {count:00} hồ sơ)";

        public const string NoneExcluded = "Không có hồ sơ nào.";

        public static string Group(AwardLevel award, NomineeKind kind) =>
            $"{Nominations.Award(award)} – {Dossier.KindName(kind)}";

        public static string KindSubtotal(AwardLevel award, NomineeKind kind, int count) =>
            $"Cộng {Nominations.AwardShort(award)} – {Nominations.Kind(kind)}: {count:00} {Nominations.Kind(kind)}";

        public static string AwardSubtotal(AwardLevel award, int collectives, int individuals) =>
            $"Cộng {Nominations.Award(award)}: {collectives:00} tập thể, {individuals:00} cá nhân";

        public static string Total(int collectives, int individuals) =>
            $"Tổng cộng: {collectives:00} tập thể, {individuals:00} cá nhân ({collectives + individuals:00} hồ sơ)";

        public static string ExcludedTotal(int count) => $"Tổng cộng: {count:00} hồ sơ";

        public static string CollectivePosition(string? head, string? headPosition, int? members, int? women, int? percent)
        {
            var parts = new List<string>();
            if (!string.IsNullOrWhiteSpace(head))
            {
                parts.Add($"Người đứng đầu: {head}{(string.IsNullOrWhiteSpace(headPosition) ? "" : ", " + headPosition)}");
            }

            if (members is { } m && women is { } w && percent is { } p)
            {
                parts.Add(Dossier.Members(m, w, p));
            }

            return string.Join("; ", parts);
        }

        public const string NotDeclared = "Chưa xác nhận";

        // Headers of the proposal list, the printed ones first.
        public const string ColumnNumber = "STT";
        public const string ColumnName = "Họ và tên / Tên tập thể";
        public const string ColumnBirthYear = Nominations.FieldBirthYear;
        public const string ColumnGender = Nominations.FieldGender;
        public const string ColumnPositionAndWorkplace = "Chức vụ, đơn vị công tác";
        public const string ColumnUnit = Nominations.FieldUnit;
        public const string ColumnContent = Dossier.FieldContent;
        public const string ColumnSummary = Nominations.FieldSummary;
        public const string ColumnPriorAwards = Dossier.FieldPriorAwards;
        public const string ColumnPhone = Dossier.FieldContactPhone;
        public const string ColumnSubmitted = "Ngày gửi";
        public const string ColumnStatus = "Trạng thái";
        public const string ColumnNote = "Ghi chú";
        public const string ColumnAward = Nominations.FieldAward;
        public const string ColumnKind = Nominations.FieldKind;
        public const string ColumnPosition = Nominations.FieldPosition;
        public const string ColumnWorkplace = Nominations.FieldWorkplace;
        public const string ColumnHead = Nominations.FieldHead;
        public const string ColumnHeadPosition = Dossier.FieldHeadPosition;
        public const string ColumnMembers = "Số người";
        public const string ColumnWomen = "Số nữ";
        public const string ColumnWomenPercent = "Tỷ lệ nữ (%)";
        public const string ColumnMovement = Nominations.FieldMovement;
        public const string ColumnRatings = Dossier.FieldRatings;
        public const string ColumnDeclaration = Dossier.FieldDeclaration;
        public const string ColumnUpdated = "Cập nhật lúc";
        public const string ColumnReference = "Mã hồ sơ";
        public const string ColumnFile = "Tệp báo cáo thành tích";
        public const string ColumnVersion = "Phiên bản";
        public const string ColumnSubmitter = "Người gửi (mã định danh)";

        // The delegates' list.
        public const string DelegatesSheet = "Đại biểu";

        public const string DelegatesTitle = "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ";

        public static string DelegatesTotal(int count, int attending, int arrived) =>
            $"Tổng cộng: {count:00} đại biểu; tham dự: {attending:00}; đã điểm danh: {arrived:00}";
    }
}
