namespace HungYen.Bot.Core.Nominations;

/// <summary>Section "Nominations": the units, the movements, the plan's quotas and the limits of a nomination.</summary>
public sealed class NominationsOptions : IValidatableObject
{
    public const string Section = "Nominations";

    /// <summary>The Department's divisions and member units (the office edits this list; codes are short and stable).</summary>
    public List<UnitConfig> Units { get; set; } = [];

    /// <summary>The emulation movements a nomination can be for (the plan's list by default).</summary>
    public List<string> Movements { get; set; } = [];

    /// <summary>The plan: 05–10 per award and kind.</summary>
    [Range(0, 1000)]
    public int QuotaMin { get; set; } = 5;

    [Range(1, 1000)]
    public int QuotaMax { get; set; } = 10;

    /// <summary>Optional cap per unit for each award and kind; empty for none.</summary>
    [Range(1, 1000)]
    public int? PerUnitCap { get; set; }

    /// <summary>Refuse (instead of warn) past the plan's maximum or a unit's cap.</summary>
    public bool RefuseOverMax { get; set; }

    [Range(1, 10000)]
    public int SummaryMinLength { get; set; } = 30;

    [Range(1, 10000)]
    public int SummaryMaxLength { get; set; } = 3000;

    /// <summary>Largest báo cáo thành tích file accepted, in megabytes.</summary>
    [Range(1, 50)]
    public int MaxFileMegabytes { get; set; } = 10;

    /// <summary>
    /// Largest .zip part of /xuat_baocao, in megabytes: Telegram takes at most 50 MB from a bot, so a larger set of
    /// báo cáo thành tích is split into parts.
    /// </summary>
    [Range(1, 49)]
    public int ArchivePartMegabytes { get; set; } = 45;

    /// <summary>The most megabytes of báo cáo thành tích files one person may keep in the store (drafts included).</summary>
    [Range(1, 10_000)]
    public int MaxStoredMegabytesPerPerson { get; set; } = 50;

    /// <summary>The most megabytes of báo cáo thành tích files one unit's nominations may keep in the store.</summary>
    [Range(1, 100_000)]
    public int MaxStoredMegabytesPerUnit { get; set; } = 200;

    /// <summary>The Giấy khen criteria as the province's regulation states them, shown to the submitter.</summary>
    public string DirectorCertificateCriteria { get; set; } = "";

    /// <summary>The Bằng khen criteria (Luật Thi đua, Khen thưởng 2022, Điều 74), shown to the submitter.</summary>
    public string ProvincialCertificateCriteria { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (QuotaMin > QuotaMax)
        {
            yield return new ValidationResult("Nominations:QuotaMin must not exceed Nominations:QuotaMax.", [nameof(QuotaMin)]);
        }

        if (SummaryMinLength > SummaryMaxLength)
        {
            yield return new ValidationResult("Nominations:SummaryMinLength must not exceed Nominations:SummaryMaxLength.", [nameof(SummaryMinLength)]);
        }

        if (Movements.Count == 0 || Movements.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult("Nominations:Movements must list at least one emulation movement, none empty.", [nameof(Movements)]);
        }

        foreach (var unit in Units.Where(u => string.IsNullOrWhiteSpace(u.Code) || string.IsNullOrWhiteSpace(u.Name) || u.Code.Length > 20))
        {
            yield return new ValidationResult($"Nominations:Units: every unit needs a Code (≤ 20 characters) and a Name; '{unit.Code}' does not.", [nameof(Units)]);
        }

        foreach (var duplicate in Units.GroupBy(u => u.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return new ValidationResult($"Nominations:Units: the code '{duplicate.Key}' is used twice.", [nameof(Units)]);
        }
    }
}

/// <summary>A unit as configured: code, full Vietnamese name, kind (phòng chuyên môn, đơn vị thuộc Sở, UBND cấp xã…).</summary>
public sealed class UnitConfig
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    /// <summary>Whether the staff give the Điều 4 declaration on behalf of the unit's head (true) or as the head (false).</summary>
    public bool DeclaresOnBehalf { get; set; } = true;
}
