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
    public static readonly IReadOnlyList<string> PlanProgramme = Texts.Vi.Defaults.PlanProgramme;

    /// <summary>Kế hoạch 29/KH-SKHCN's thành phần tham dự, shortened to group names.</summary>
    public static readonly IReadOnlyList<string> PlanGroups = Texts.Vi.Defaults.PlanGroups;

    /// <summary>Length of the Hội nghị (half a day), for the calendar entry.</summary>
    [Range(15, 24 * 60)]
    public int DurationMinutes { get; set; } = 210;

    /// <summary>Who issues the Giấy mời.</summary>
    [Required]
    public string Inviter { get; set; } = Texts.Vi.Defaults.AgencyInProvince;
}
