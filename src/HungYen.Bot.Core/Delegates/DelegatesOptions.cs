using System.ComponentModel.DataAnnotations;

namespace HungYen.Bot.Core.Delegates;

/// <summary>Section "Delegates": what the Giấy mời shows and how long the Hội nghị lasts.</summary>
public sealed class DelegatesOptions
{
    public const string Section = "Delegates";

    /// <summary>The programme shown on the Giấy mời, in order; empty means the plan's own (<see cref="PlanProgramme"/>).</summary>
    public List<string> Programme { get; set; } = [];

    /// <summary>Participant groups (thành phần tham dự); an imported nhóm outside them is only noted. Empty: the plan's.</summary>
    public List<string> Groups { get; set; } = [];

    // Defaults are kept apart from the bound lists: the configuration binder appends to a list that already has items.
    public IReadOnlyList<string> EffectiveProgramme => Programme.Count > 0 ? Programme : PlanProgramme;

    public IReadOnlyList<string> EffectiveGroups => Groups.Count > 0 ? Groups : PlanGroups;

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
        "Điển hình tiên tiến",
        "Khách mời khác",
    ];

    /// <summary>Length of the Hội nghị (half a day), for the calendar entry.</summary>
    [Range(15, 24 * 60)]
    public int DurationMinutes { get; set; } = 210;

    /// <summary>Who issues the Giấy mời.</summary>
    [Required]
    public string Inviter { get; set; } = "Sở Khoa học và Công nghệ tỉnh Hưng Yên";
}
