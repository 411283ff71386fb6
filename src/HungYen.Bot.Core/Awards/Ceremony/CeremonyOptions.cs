namespace HungYen.Bot.Core.Awards.Ceremony;

/// <summary>
/// Section "Ceremony": how the awards are presented on stage (awards-process.md §4, to be confirmed by the Văn phòng
/// Sở): Bằng khen before Giấy khen always; tập thể before cá nhân unless configured; batches of a configured size;
/// who announces each Quyết định and who presents each hình thức.
/// </summary>
public sealed class CeremonyOptions
{
    public const string Section = "Ceremony";

    /// <summary>How many tập thể/cá nhân go on stage together.</summary>
    [Range(1, 30)]
    public int BatchSize { get; set; } = 8;

    /// <summary>Tập thể before cá nhân within one Quyết định.</summary>
    public bool CollectivesFirst { get; set; } = true;

    /// <summary>Who reads out each Quyết định ("đồng chí … lên công bố Quyết định").</summary>
    public PresenterConfig Announcer { get; set; } = new() { Title = Texts.Vi.Defaults.OfficeChiefTitle };

    /// <summary>Who presents the Bằng khen of the Chủ tịch UBND tỉnh.</summary>
    public PresenterConfig ProvincialPresenter { get; set; } = new() { Title = Texts.Vi.Defaults.ProvincialPresenter };

    /// <summary>Who presents the Giấy khen of the Giám đốc Sở.</summary>
    public PresenterConfig DirectorPresenter { get; set; } = new() { Title = Texts.Vi.Defaults.DirectorPresenter };

    /// <summary>How long before the start the office is told which awardees have not checked in yet.</summary>
    [Range(0, 24 * 60)]
    public int MissingAwardeesNoticeMinutes { get; set; } = 30;

    /// <summary>The participant group the awardees are invited in.</summary>
    [Required]
    public string AwardeeGroup { get; set; } = Texts.Vi.Defaults.AwardeeGroup;
}

/// <summary>A person on the programme: name (may be left empty until known) and chức vụ.</summary>
public sealed class PresenterConfig
{
    public string Name { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>"đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh", or the title alone when no name is set.</summary>
    public string Spoken => string.IsNullOrWhiteSpace(Name) ? Title : $"{Name.Trim()}, {Title}";
}
