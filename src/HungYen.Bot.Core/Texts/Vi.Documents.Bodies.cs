namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>The body of each official document: its sentences, Điều and Nơi nhận (the forms of Nghị định 152/2025/NĐ-CP).</summary>
    public static partial class Documents
    {
        public const string AddressedTo = "Kính gửi:";

        public const string Recipients = "Nơi nhận:";

        public const string AsAbove = "- Như trên;";

        public const string Grounded = "Căn cứ";

        public const string AsProposed = "Theo";

        /// <summary>A căn cứ as written: "Căn cứ …" unless it already starts so (or with "Theo …").</summary>
        public static string Ground(string ground) =>
            ground.StartsWith(Grounded, StringComparison.Ordinal) || ground.StartsWith(AsProposed, StringComparison.Ordinal) ? ground : $"{Grounded} {ground}";

        public static string Plan(string number, string? date, string agencyName) =>
            date is null ? $"Kế hoạch số {number} của {agencyName}" : $"Kế hoạch số {number} ngày {date} của {agencyName}";

        public static string MinutesCitation(string date) => $"Biên bản họp Hội đồng Thi đua - Khen thưởng Sở ngày {date}";

        public const string SubmissionName = "Tờ trình";

        public const string DecisionName = "Quyết định";

        public static string DirectorOf(string agencyName) => $"Giám đốc {agencyName}";

        public const string CollectivesUnit = "tập thể";

        public const string IndividualsUnit = "cá nhân";

        // Quyết định tặng Giấy khen (Mẫu 1.2).
        public static string DecisionAuthority(string agency) => $"GIÁM ĐỐC {agency}";

        public static string DecisionProposedBy(string officeChief) => $"Theo đề nghị của Hội đồng Thi đua - Khen thưởng Sở và {officeChief}.";

        public const string Article1 = "Điều 1. ";

        public const string Article2 = "Điều 2. ";

        public const string Article3 = "Điều 3. ";

        public static string DecisionAwards(string agencyName, int collectives, int individuals, string campaign) =>
            $"Tặng Giấy khen của Giám đốc {agencyName} cho {Count(collectives)} tập thể, {Count(individuals)} cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào thi đua \"{campaign}\".";

        public static string DecisionMoney(long collective, long person, string fund) =>
            $"Mỗi tập thể được thưởng 0,6 lần mức lương cơ sở ({Money(collective)} đồng); mỗi cá nhân được thưởng 0,3 lần mức lương cơ sở ({Money(person)} đồng). Kinh phí khen thưởng được chi từ {fund}.";

        public static string DecisionInForce(string officeChief) =>
            $"Quyết định này có hiệu lực kể từ ngày ký. {officeChief}, Thủ trưởng các phòng, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.";

        public static readonly IReadOnlyList<string> DecisionRecipients = ["- Như Điều 3;", "- Lãnh đạo Sở;"];

        // Tờ trình (Mẫu 01).
        public static readonly IReadOnlyList<string> SubmissionAddressees = ["Chủ tịch Ủy ban nhân dân tỉnh;", "Sở Nội vụ."];

        public static string SubmissionResult(string plan) =>
            $"Thực hiện {plan}, các phòng, đơn vị thuộc Sở đã đề xuất tập thể, cá nhân có thành tích xuất sắc; Văn phòng Sở đã tiếp nhận, kiểm tra hồ sơ; Hội đồng Thi đua - Khen thưởng Sở đã họp xét và thống nhất đề nghị khen thưởng.";

        public static string SubmissionRequest(string agencyName, int collectives, int individuals, string campaign) =>
            $"{agencyName} đề nghị Sở Nội vụ thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho {Count(collectives)} tập thể, {Count(individuals)} cá nhân đã có thành tích xuất sắc trong phong trào thi đua \"{campaign}\" (có danh sách kèm theo).";

        public const string SubmissionDossier =
            "Hồ sơ kèm theo gồm: Tờ trình; danh sách tập thể, cá nhân đề nghị khen thưởng; báo cáo thành tích của các tập thể, cá nhân; Biên bản họp Hội đồng Thi đua - Khen thưởng Sở.";

        public const string SubmissionClosing = "Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.";

        public static readonly IReadOnlyList<string> SubmissionRecipients = [AsAbove, "- Giám đốc, các Phó Giám đốc Sở;"];

        // Thông báo công khai.
        public static string NoticeOpening(string plan, string minutes, string agencyName) =>
            $"Căn cứ {plan}; căn cứ {minutes}, {agencyName} thông báo công khai danh sách tập thể, cá nhân đề nghị khen thưởng như sau:";

        public static string NoticePeriod(string from, string to) => $"Thời gian công khai: từ ngày {from} đến hết ngày {to}.";

        public static string NoticeComments(string to, string? phone) =>
            $"Ý kiến phản ánh (nếu có) đề nghị gửi về {to}{(string.IsNullOrWhiteSpace(phone) ? "" : $" (điện thoại {phone})")} trong thời gian công khai.";

        public const string NoticeClosing = "Hết thời hạn trên, nếu không có ý kiến, Sở hoàn thiện hồ sơ theo quy định./.";

        public static readonly IReadOnlyList<string> NoticeRecipients = ["- Các phòng, đơn vị thuộc Sở;", "- Cổng thông tin điện tử Sở;"];

        // Giấy mời (Mẫu 1.7).
        public static string InvitationOpening(string agencyName) => $"{agencyName} tỉnh Hưng Yên trân trọng kính mời:";

        public static string InvitationGuest(string name) => $"Đồng chí {name}";

        public static string InvitationTo(string title) => $"Tới dự {title}.";

        public const string ChairLabel = "Chủ trì: ";

        public static string InvitationChair(string director) => $"đồng chí {director}, Giám đốc Sở.";

        public const string TimeLabel = "Thời gian: ";

        public const string PlaceLabel = "Địa điểm: ";

        public const string AnnouncedLater = "sẽ thông báo sau";

        public static string InvitationAnswer(string? deadline, string inviteCode, string office, string? phone) =>
            $"Đề nghị đồng chí xác nhận tham dự{(deadline is null ? "" : $" trước {deadline}")} bằng cách quét mã QR kèm theo hoặc nhắn mã mời {inviteCode} cho HungYen.Bot. " +
            $"Thông tin liên hệ: {office}{(string.IsNullOrWhiteSpace(phone) ? "" : $", điện thoại {phone}")}.";

        public const string InvitationClosing = "Rất mong đồng chí đến dự đúng thời gian./.";

        public static readonly IReadOnlyList<string> InvitationRecipients = [AsAbove];

        public static string InviteCodeLine(string code) => $"Mã mời: {code}";
    }
}
