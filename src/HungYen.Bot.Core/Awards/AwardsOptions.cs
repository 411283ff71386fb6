namespace HungYen.Bot.Core.Awards;

/// <summary>
/// Section "Awards": who issues the official documents and how (Nghị định 30/2020/NĐ-CP), the plan they rest on, the
/// Council and its vote rule, the rewards. Entered once; every document and message reads it from here.
/// </summary>
public sealed class AwardsOptions : IValidatableObject
{
    public const string Section = "Awards";

    /// <summary>Cơ quan chủ quản, first line of the header: "UBND TỈNH HƯNG YÊN".</summary>
    [Required]
    public string ParentAgency { get; set; } = Texts.Vi.Defaults.ParentAgency;

    /// <summary>Cơ quan ban hành, in capitals: "SỞ KHOA HỌC VÀ CÔNG NGHỆ".</summary>
    [Required]
    public string Agency { get; set; } = Texts.Vi.Defaults.Agency;

    /// <summary>The agency's name in running text: "Sở Khoa học và Công nghệ".</summary>
    [Required]
    public string AgencyName { get; set; } = Texts.Vi.Defaults.AgencyName;

    /// <summary>Chữ viết tắt in số ký hiệu ("12/TTr-SKHCN"); the Giám đốc's choice.</summary>
    [Required]
    public string Abbreviation { get; set; } = "SKHCN";

    /// <summary>Địa danh of the date line: "Hưng Yên, ngày …".</summary>
    [Required]
    public string Place { get; set; } = Texts.Vi.Defaults.Place;

    /// <summary>The Council's name line and abbreviation (Biên bản "…/BB-HĐTĐKT").</summary>
    public string CouncilName { get; set; } = Texts.Vi.Defaults.CouncilName;

    public string CouncilAbbreviation { get; set; } = Texts.Vi.Defaults.CouncilAbbreviation;

    /// <summary>The plan the conference carries out: number and date, shown to staff and cited in documents.</summary>
    public string PlanNumber { get; set; } = "29/KH-SKHCN";

    public DateTime? PlanDate { get; set; } = new(2025, 3, 1);

    /// <summary>The movement (or conference) the documents name in their trích yếu.</summary>
    public string Campaign { get; set; } = Texts.Vi.Defaults.Campaign;

    /// <summary>Căn cứ of the Tờ trình and the Quyết định, each without its final ";" or ".".</summary>
    public List<string> Grounds { get; set; } = [];

    /// <summary>The Sở's functions decision, cited first in a Quyết định of the Giám đốc.</summary>
    public string FunctionsDecision { get; set; } = "";

    /// <summary>Who signs for the Sở by default: quyền hạn and chức vụ lines, name.</summary>
    public SignerConfig Director { get; set; } = new() { Authority = Texts.Vi.Defaults.DirectorAuthority, Name = "" };

    /// <summary>The Chánh Văn phòng's title, who proposes the Quyết định with the Council.</summary>
    public string OfficeChiefTitle { get; set; } = Texts.Vi.Defaults.OfficeChiefTitle;

    /// <summary>The Council's members in the order the Biên bản lists them.</summary>
    public List<CouncilMemberConfig> CouncilMembers { get; set; } = [];

    public VoteRule Vote { get; set; } = new();

    /// <summary>Days the proposal list stays public (Thông báo công khai).</summary>
    [Range(1, 60)]
    public int PublicNoticeDays { get; set; } = 5;

    /// <summary>Where comments on the public list go.</summary>
    public string CommentsTo { get; set; } = Texts.Vi.Defaults.CommentsTo;

    /// <summary>Mức lương cơ sở in đồng (Nghị định 73/2024: 2.340.000 đ since 01/7/2024).</summary>
    [Range(0, 100_000_000)]
    public long BaseSalary { get; set; } = 2_340_000;

    /// <summary>Where the reward money comes from, as Điều 2 of the Quyết định says.</summary>
    public string RewardFund { get; set; } = Texts.Vi.Defaults.RewardFund;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Abbreviation.Any(char.IsWhiteSpace))
        {
            yield return new ValidationResult("Awards:Abbreviation must be one word, e.g. SKHCN.", [nameof(Abbreviation)]);
        }

        if (Vote.QuorumDenominator < 1 || Vote.QuorumNumerator < 0 || Vote.QuorumNumerator > Vote.QuorumDenominator)
        {
            yield return new ValidationResult("Awards:Vote:QuorumNumerator/QuorumDenominator must be a fraction between 0 and 1, e.g. 2/3.", [nameof(Vote)]);
        }

        if (Vote.Percent is < 0 or > 100)
        {
            yield return new ValidationResult("Awards:Vote:Percent must be between 0 and 100.", [nameof(Vote)]);
        }

        if (CouncilMembers.Any(m => string.IsNullOrWhiteSpace(m.Name)))
        {
            yield return new ValidationResult("Awards:CouncilMembers: every member needs a Name.", [nameof(CouncilMembers)]);
        }
    }
}

/// <summary>A signer: quyền hạn/chức vụ lines as printed ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", or "GIÁM ĐỐC") and the name.</summary>
public sealed class SignerConfig
{
    public string Authority { get; set; } = Texts.Vi.Defaults.DirectorAuthority;

    public string? Title { get; set; }

    public string Name { get; set; } = "";
}

/// <summary>A Council member: họ tên, chức vụ, vai trò in the Council (Chủ tịch, Phó Chủ tịch, Ủy viên, Thư ký).</summary>
public sealed class CouncilMemberConfig
{
    public string Name { get; set; } = "";

    public string Position { get; set; } = "";

    public string Role { get; set; } = Texts.Vi.Defaults.CouncilMemberRole;
}

/// <summary>Which count the percentage is taken of.</summary>
public enum VoteBase
{
    /// <summary>Tổng số thành viên Hội đồng.</summary>
    Members,

    /// <summary>Số thành viên có mặt.</summary>
    Present,
}

/// <summary>The Council's Quy chế: quorum, the share of "đồng ý" needed, of which base, and whether equal is enough.</summary>
public sealed class VoteRule
{
    public int QuorumNumerator { get; set; } = 2;

    public int QuorumDenominator { get; set; } = 3;

    public decimal Percent { get; set; } = 50m;

    public VoteBase Base { get; set; } = VoteBase.Members;

    /// <summary>True: more than <see cref="Percent"/> is needed (">"); false: at least ("≥").</summary>
    public bool Strict { get; set; } = true;
}
