using HungYen.Bot.Core.Awards;
using HungYen.Bot.Core.Awards.Council;
using HungYen.Bot.Core.Awards.Documents;
using HungYen.Bot.Core.Conference;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Nominations;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Awards;

/// <summary>A Council meeting and a proposal list as the office would have them, for the document tests.</summary>
internal static class DocumentSamples
{
    public static readonly string[] UnitOrder = ["VP", "QLKH", "CDS", "TTTT"];

    public static AwardsOptions Options() => new()
    {
        Director = new SignerConfig { Authority = "GIÁM ĐỐC", Name = "Nguyễn Văn Bình" },
        Grounds =
        [
            "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
            "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng",
        ],
        FunctionsDecision = "Quyết định số 12/2025/QĐ-UBND ngày 01 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn của Sở Khoa học và Công nghệ",
    };

    public static IReadOnlyList<Nomination> Nominations() =>
    [
        Make("BK-CN-001", AwardLevel.ProvincialCertificate, NomineeKind.Individual, "CDS", "Trần Thị Ánh", "Nữ", 1985, "Trưởng phòng", "Phòng Chuyển đổi số"),
        Make("BK-CN-002", AwardLevel.ProvincialCertificate, NomineeKind.Individual, "QLKH", "Nguyễn Văn An", "Nam", 1979, "Phó Trưởng phòng", "Phòng Quản lý khoa học"),
        Make("BK-TT-001", AwardLevel.ProvincialCertificate, NomineeKind.Collective, "TTTT", "Trung tâm Thông tin, thống kê, ứng dụng khoa học và công nghệ", null, null, null, null),
        Make("GK-CN-001", AwardLevel.DirectorCertificate, NomineeKind.Individual, "VP", "Lê Văn Đông", "Nam", 1990, "Chuyên viên", "Văn phòng Sở"),
        Make("GK-CN-002", AwardLevel.DirectorCertificate, NomineeKind.Individual, "QLKH", "Phạm Thị Dung", "Nữ", 1988, "Chuyên viên", "Phòng Quản lý khoa học"),
        Make("GK-CN-003", AwardLevel.DirectorCertificate, NomineeKind.Individual, "CDS", "Bùi Văn Hải", "Nam", 1992, "Chuyên viên", "Phòng Chuyển đổi số"),
        Make("GK-TT-001", AwardLevel.DirectorCertificate, NomineeKind.Collective, "CDS", "Phòng Chuyển đổi số", null, null, null, null),
        Make("GK-TT-002", AwardLevel.DirectorCertificate, NomineeKind.Collective, "VP", "Văn phòng Sở", null, null, null, null),
    ];

    public static CouncilMeeting Meeting()
    {
        var meeting = new CouncilMeeting
        {
            Start = new DateTime(2026, 3, 3, 8, 0, 0),
            End = new DateTime(2026, 3, 3, 10, 30, 0),
            Place = "Phòng họp tầng 3, Sở Khoa học và Công nghệ",
            Chair = "Nguyễn Văn Bình",
            Secretary = "Đỗ Thị Hoa",
            Members =
            [
                new() { Name = "Nguyễn Văn Bình", Position = "Giám đốc Sở", Role = "Chủ tịch" },
                new() { Name = "Hoàng Văn Cường", Position = "Phó Giám đốc Sở", Role = "Phó Chủ tịch" },
                new() { Name = "Vũ Thị Lan", Position = "Chánh Văn phòng Sở", Role = "Phó Chủ tịch thường trực" },
                new() { Name = "Đỗ Thị Hoa", Position = "Chuyên viên Văn phòng Sở", Role = "Thư ký" },
                new() { Name = "Ngô Văn Minh", Position = "Trưởng phòng Quản lý khoa học", Role = "Ủy viên", Present = false, AbsenceReason = "đi công tác" },
            ],
        };
        var agree = new Dictionary<string, int> { ["BK-CN-001"] = 4, ["BK-CN-002"] = 3, ["BK-TT-001"] = 4, ["GK-CN-001"] = 4, ["GK-CN-002"] = 2, ["GK-CN-003"] = 4, ["GK-TT-001"] = 4, ["GK-TT-002"] = 3 };
        foreach (var (id, yes) in agree)
        {
            meeting.RecordBallot(new CouncilBallot { NominationId = id, Issued = 4, Returned = 4, Valid = 4, Agree = yes });
        }

        return meeting;
    }

    public static DocumentContext Context(CouncilMeeting? meeting = null) => new(
        Options(),
        UnitOrder,
        code => code switch
        {
            "VP" => "Văn phòng Sở",
            "QLKH" => "Phòng Quản lý khoa học",
            "CDS" => "Phòng Chuyển đổi số",
            _ => "Trung tâm Thông tin, thống kê, ứng dụng khoa học và công nghệ",
        },
        new Dictionary<DocumentKind, DocumentFacts>
        {
            [DocumentKind.Submission] = new() { Id = "TTr", Number = "12", Date = new DateTime(2026, 3, 5) },
            [DocumentKind.Decision] = new() { Id = "QĐ", Number = "45", Date = new DateTime(2026, 3, 5), SignerAuthority = "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC", SignerName = "Hoàng Văn Cường" },
            [DocumentKind.Minutes] = new() { Id = "BB", Number = "03" },
            [DocumentKind.Notice] = new() { Id = "TB", Number = "20", Date = new DateTime(2026, 3, 4) },
        },
        meeting ?? Meeting(),
        new DateTime(2026, 3, 5),
        "0221 3863 123");

    public static ConferenceFacts Conference() => new(
        "Hội nghị Tổng kết các phong trào thi đua và Tuyên dương điển hình tiên tiến năm 2026",
        new DateTime(2026, 3, 20, 8, 0, 0),
        "Hội trường Sở Khoa học và Công nghệ, số 8 đường Hải Thượng Lãn Ông, phường Hiến Nam",
        new DateTime(2026, 3, 15, 17, 0, 0),
        60);

    public static Delegate Delegate() => new()
    {
        Id = "DB-001",
        FullName = "Trần Văn Khoa",
        Position = "Chủ tịch",
        Organization = "UBND phường Phố Hiến",
        InviteCode = "K7M2Q9",
        Token = "tok123",
    };

    /// <summary>Every document the office can get, by its Vietnamese file name.</summary>
    public static IReadOnlyDictionary<string, byte[]> All()
    {
        var context = Context();
        var all = Nominations();
        return new Dictionary<string, byte[]>
        {
            ["proposal-list"] = ProposalList.Document(context, AwardLevel.ProvincialCertificate, all.Where(n => n.Award == AwardLevel.ProvincialCertificate)),
            ["bien-ban"] = MinutesDocument.Create(context, all),
            ["to-trinh"] = SubmissionDocument.Create(context, all),
            ["quyet-dinh"] = DecisionDocument.Create(context, all),
            ["thong-bao"] = NoticeDocument.Create(context, all),
            ["mau-bao-cao-thanh-tich"] = AchievementReportForm.Create(Options(), all[0], "Phòng Chuyển đổi số"),
            ["giay-moi"] = InvitationDocument.Create(context, Conference(), Delegate(), new BotOptions { Username = "hungyen_bot" }, "Văn phòng Sở Khoa học và Công nghệ tỉnh Hưng Yên"),
        };
    }

    private static Nomination Make(string id, AwardLevel award, NomineeKind kind, string unit, string name, string? gender, int? year, string? position, string? workplace) => new()
    {
        Id = id,
        Award = award,
        Kind = kind,
        UnitCode = unit,
        Name = name,
        Gender = gender,
        BirthYear = year,
        Position = position,
        Workplace = workplace,
        Summary = kind == NomineeKind.Collective
            ? "Hoàn thành xuất sắc nhiệm vụ năm 2025; triển khai hiệu quả nền tảng số dùng chung của tỉnh."
            : "Có 02 sáng kiến được công nhận và áp dụng; hoàn thành xuất sắc nhiệm vụ 02 năm liên tục.",
        Status = NominationStatus.Submitted,
    };
}
