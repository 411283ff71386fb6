namespace HungYen.Bot.Core.Privacy;

/// <summary>Section "Privacy": the personal-data notice (Luật 91/2025/QH15, Nghị định 356/2025/NĐ-CP) and retention.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Version of the notice; changing it asks everyone to consent again.</summary>
    [Required(ErrorMessage = "Privacy:NoticeVersion is required (e.g. 2026-11).")]
    public string NoticeVersion { get; set; } = "2026-11";

    /// <summary>Who controls the data.</summary>
    [Required(ErrorMessage = "Privacy:Controller is required.")]
    public string Controller { get; set; } = Texts.Vi.Defaults.AgencyInProvince;

    /// <summary>Days after the conference when delegates' phone numbers, chat ids and notes are purged.</summary>
    [Range(0, 3650)]
    public int RetentionDaysAfterConference { get; set; } = 90;

    /// <summary>Whether nominations are kept as the official record after the retention period.</summary>
    public bool KeepNominations { get; set; } = true;
}
