namespace HungYen.Bot.Core.Nominations;

public enum AwardLevel
{
    /// <summary>Giấy khen của Giám đốc Sở.</summary>
    DirectorCertificate,

    /// <summary>Bằng khen của Chủ tịch UBND tỉnh (proposed by the Department).</summary>
    ProvincialCertificate,
}

public enum NomineeKind
{
    Collective,
    Individual,
}

/// <summary>
/// Where a dossier stands (awards-process.md §1). The first five names are those stored before the lifecycle and keep
/// loading: Approved is "hợp lệ" (the office checked it), Rejected "không đủ điều kiện", ChangesRequested "trả lại bổ sung".
/// Moves are guarded by <see cref="NominationLifecycle"/>.
/// </summary>
public enum NominationStatus
{
    Submitted,
    Approved,
    Rejected,
    ChangesRequested,
    Withdrawn,

    /// <summary>Chờ xét: put to a Council meeting.</summary>
    Scheduled,

    /// <summary>Hội đồng đề nghị khen thưởng.</summary>
    CouncilProposed,

    /// <summary>Hội đồng không đề nghị (final).</summary>
    CouncilNotProposed,

    /// <summary>Giấy khen: chờ Giám đốc ký Quyết định.</summary>
    AwaitingSignature,

    /// <summary>Bằng khen: Tờ trình sent, chờ quyết định of the Chủ tịch UBND tỉnh.</summary>
    SubmittedToProvince,

    /// <summary>Đã khen thưởng (a Quyết định is signed).</summary>
    Awarded,

    /// <summary>Không được khen thưởng (final).</summary>
    NotAwarded,
}

/// <summary>A unit that proposes nominees. Id is its code; its enrolment code is random and never in configuration.</summary>
public sealed class Unit : Record
{
    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    [Indexed]
    public string EnrolmentCode { get; set; } = "";

    public bool Active { get; set; } = true;

    /// <summary>Its place in Nominations:Units, the order every listing follows.</summary>
    public int Order { get; set; }
}

/// <summary>A staff member enrolled to a unit. Id is their "channel:id", so the same person may enrol from Telegram and Zalo.</summary>
public sealed class UnitStaff : Record
{
    public string UnitCode { get; set; } = "";

    public string? Name { get; set; }

    public DateTimeOffset EnrolledAt { get; set; }
}

/// <summary>One change of a nomination's status: who, when, why.</summary>
public sealed class StatusChange
{
    public NominationStatus Status { get; set; }

    public string By { get; set; } = "";

    public DateTimeOffset At { get; set; }

    /// <summary>The office's own words (a reason typed with the decision). Records written before <see cref="Reason"/> may hold the bot's sentence ("chỉnh sửa") here.</summary>
    public string? Note { get; set; }

    /// <summary>A <see cref="StatusReason"/> name when the bot itself says why; worded by the texts.</summary>
    public string? Reason { get; set; }
}

/// <summary>A proposed collective or individual. Id is the readable reference (GK-CN-007).</summary>
public sealed partial class Nomination : NomineeDetails
{
    [Indexed]
    public string UnitCode { get; set; } = "";

    public NominationStatus Status { get; set; }

    public List<StatusChange> History { get; set; } = [];

    [Indexed]
    public string SubmittedBy { get; set; } = "";

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Whether the office has not yet looked at the latest submission or change.</summary>
    public bool AwaitingReview { get; set; }

    public string? LastNote { get; set; }

    /// <summary>The latest change's <see cref="StatusChange.Reason"/>.</summary>
    public string? LastReason { get; set; }

    public bool Counts => Status is not (NominationStatus.Withdrawn or NominationStatus.Rejected or NominationStatus.CouncilNotProposed or NominationStatus.NotAwarded);

    /// <summary>
    /// The quota this dossier counts towards ("award/kind"), null once it no longer <see cref="Counts"/>. Stored with the
    /// record and indexed, so a quota is counted on the index instead of by reading every nomination.
    /// </summary>
    [Indexed]
    public string? QuotaGroup => Counts ? QuotaGroupOf(Award, Kind) : null;

    /// <summary>The same within the unit ("unit/award/kind"), for the optional cap per unit.</summary>
    [Indexed]
    public string? UnitQuotaGroup => Counts ? UnitQuotaGroupOf(UnitCode, Award, Kind) : null;

    /// <summary>Who the nominee is ("kind/name/birth year"), stored and indexed for the duplicate check.</summary>
    [Indexed]
    public string NomineeKey => $"{Kind}/{NominationCard.DuplicateKey(this)}";

    public static string QuotaGroupOf(AwardLevel award, NomineeKind kind) => $"{award}/{kind}";

    public static string UnitQuotaGroupOf(string unit, AwardLevel award, NomineeKind kind) => $"{unit}/{award}/{kind}";

    /// <summary>Moves the dossier along its lifecycle; any other change is refused (<see cref="NominationLifecycle"/>).</summary>
    public void Change(NominationStatus status, string by, DateTimeOffset at, string? note, StatusReason? reason = null)
    {
        NominationLifecycle.EnsureAllowed(this, status);
        Version++;
        Status = status;
        UpdatedAt = at;
        LastNote = note;
        LastReason = reason?.ToString();
        History.Add(new StatusChange { Status = status, By = by, At = at, Note = note, Reason = LastReason });
    }
}
