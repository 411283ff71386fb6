namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>The wording of the official documents (Nghị định 30/2020/NĐ-CP; forms of Nghị định 152/2025/NĐ-CP).</summary>
    public static partial class Documents
    {
        public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

        public const string Motto = "Độc lập - Tự do - Hạnh phúc";

        public const string ListKind = "DANH SÁCH";

        public const string MinutesKind = "BIÊN BẢN";

        public const string SubmissionKind = "TỜ TRÌNH";

        public const string DecisionKind = "QUYẾT ĐỊNH";

        public const string NoticeKind = "THÔNG BÁO";

        public const string InvitationKind = "GIẤY MỜI";

        public const string Collectives = "TẬP THỂ";

        public const string Individuals = "CÁ NHÂN";

        public const string ColumnNumber = "STT";

        public const string ColumnName = "Họ và tên / Tên tập thể";

        public const string ColumnBirthYear = "Năm sinh";

        public const string ColumnMale = "Nam";

        public const string ColumnFemale = "Nữ";

        public const string ColumnPosition = "Chức vụ, đơn vị công tác";

        public const string ColumnSummary = "Tóm tắt thành tích";

        public const string ColumnNote = "Ghi chú";

        public const string ColumnUnit = "Đơn vị";

        public const string ColumnAward = "Hình thức";

        public const string ColumnIssued = "Phát ra";

        public const string ColumnReturned = "Thu về";

        public const string ColumnValid = "Hợp lệ";

        public const string ColumnAgree = "Đồng ý";

        public const string ColumnResult = "Kết quả";

        public const string Proposed = "Đề nghị";

        public const string NotProposed = "Không";

        public const string Keep = "- Lưu: VT, VP.";

        public const string KeepMinutes = "- Lưu: VT, Hồ sơ.";

        public const string Secretary = "THƯ KÝ";

        public const string Chair = "CHỦ TỌA";

        public const string DecisionWord = "QUYẾT ĐỊNH:";

        public const string Blank = "……";

        /// <summary>"ngày 05 tháng 3 năm 2026": day below 10 and months 1–2 with a leading zero (Nghị định 30/2020, Phụ lục I).</summary>
        public static string LongDate(DateTime date) =>
            string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {(date.Month < 3 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");

        /// <summary>The date line, or one with blanks for the văn thư when the date is not fixed yet.</summary>
        public static string DateLine(string place, DateTime? date, int year) =>
            date is { } d ? $"{place}, {LongDate(d)}" : $"{place}, ngày      tháng      năm {year}";

        /// <summary>"Số: 12/TTr-SKHCN", or "Số:      /TTr-SKHCN" while the số is not given.</summary>
        public static string NumberLine(string? number, string kind, string issuer) => $"Số: {Reference(number, kind, issuer)}";

        /// <summary>The document kind's abbreviation in its number (Tờ trình: TTr, Quyết định: QĐ …); also the kind's record id, so it stays as it is.</summary>
        public static string Abbreviation(Core.Awards.Documents.DocumentKind kind) => kind switch
        {
            Core.Awards.Documents.DocumentKind.Submission => "TTr",
            Core.Awards.Documents.DocumentKind.Decision => "QĐ",
            Core.Awards.Documents.DocumentKind.Minutes => "BB",
            Core.Awards.Documents.DocumentKind.Notice => "TB",
            _ => "GM",
        };

        public static string Reference(string? number, string kind, string issuer) =>
            string.IsNullOrWhiteSpace(number) ? $"      /{kind}-{issuer}" : $"{number.Trim()}/{kind}-{issuer}";

        /// <summary>"số 12/TTr-SKHCN ngày 05/3/2026", with blanks for what is not given.</summary>
        public static string Cite(string? number, string kind, string issuer, DateTime? date) =>
            $"số {(string.IsNullOrWhiteSpace(number) ? Blank : number.Trim())}/{kind}-{issuer} ngày {(date is { } d ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : Blank)}";

        public static string Count(int n) => n.ToString("00", CultureInfo.InvariantCulture);

        // The Bằng khen list is a proposal wherever it stands: only the Chủ tịch UBND tỉnh awards it.
        private const string ProvincialListHeading = "Tập thể, cá nhân đề nghị Chủ tịch UBND tỉnh tặng Bằng khen";

        public static string ListHeading(AwardLevel award, string agencyName) => award == AwardLevel.ProvincialCertificate
            ? ProvincialListHeading
            : $"Tập thể, cá nhân được tặng Giấy khen của Giám đốc {agencyName}";

        public static string ProposalListHeading(AwardLevel award) => award == AwardLevel.ProvincialCertificate
            ? ProvincialListHeading
            : "Tập thể, cá nhân đề nghị Giám đốc Sở tặng Giấy khen";

        public static string Attached(string document, string reference, string agencyName) => $"(Kèm theo {document} {reference} của {agencyName})";

        public static string Group(string numeral, string kind, int count, string unit) => $"{numeral}. {kind} ({Count(count)} {unit})";

        public static string Total(int collectives, int individuals) => $"Tổng cộng: {Count(collectives)} tập thể, {Count(individuals)} cá nhân.";

        public static string MinutesSummary(string campaign) => $"Họp Hội đồng Thi đua - Khen thưởng Sở xét đề nghị khen thưởng\ncác tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua\n{campaign}";

        public static string SubmissionSummary(string campaign) => $"Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân\ncó thành tích xuất sắc trong phong trào thi đua \"{campaign}\"";

        public static string DecisionSummary(string campaign) => $"Về việc tặng Giấy khen cho các tập thể, cá nhân\ncó thành tích xuất sắc trong phong trào thi đua \"{campaign}\"";

        public static string NoticeSummary(string campaign) => $"Công khai danh sách tập thể, cá nhân đề nghị khen thưởng\ntrong phong trào thi đua \"{campaign}\"";

        public static string InvitationSummary(string title) => $"Dự {title}";

        public static string WomenNote(int percent) => $"Tỷ lệ nữ {percent}%{(percent >= 70 ? " (được ưu tiên)" : "")}";

        public static string Percent(decimal value) => Formats.VietnameseNumber.Decimal((double)value);

        public static string Money(long value) => Formats.VietnameseNumber.Whole(value);

        public static string Time(DateTime time) => string.Create(CultureInfo.InvariantCulture, $"{time.Hour:00} giờ {time.Minute:00} phút");

        public static string Short(DateTime date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

        public static string InvitationFile(string fullName) => $"Giấy mời - {fullName}.docx";

        public static string InvitationsFile(DateTime localDate) => $"Giấy mời {localDate.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}.zip";

        public static string FileName(string document, DateTime localDate) => $"{document} {localDate.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}.docx";
    }
}
