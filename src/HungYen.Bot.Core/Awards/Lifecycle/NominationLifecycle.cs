namespace HungYen.Bot.Core.Nominations;

/// <summary>
/// The dossier's lifecycle (awards-process.md §1): submitted → office check (hợp lệ / trả lại bổ sung / không đủ điều
/// kiện) → chờ xét → Council result → Giấy khen: chờ ký → đã khen thưởng; Bằng khen: đã trình → đã khen thưởng / không
/// được khen thưởng. Withdrawal until a decision. Every other move is refused.
/// </summary>
public static class NominationLifecycle
{
    private static readonly Dictionary<NominationStatus, NominationStatus[]> Next = new()
    {
        // A resubmission (edit) keeps it submitted.
        [NominationStatus.Submitted] = [NominationStatus.Submitted, NominationStatus.Approved, NominationStatus.ChangesRequested, NominationStatus.Rejected, NominationStatus.Withdrawn],
        [NominationStatus.ChangesRequested] = [NominationStatus.Submitted, NominationStatus.ChangesRequested, NominationStatus.Rejected, NominationStatus.Withdrawn],

        // Hợp lệ: to a meeting, or reopened for completion (also after the deadline).
        [NominationStatus.Approved] = [NominationStatus.Scheduled, NominationStatus.ChangesRequested, NominationStatus.Withdrawn],
        [NominationStatus.Scheduled] = [NominationStatus.CouncilProposed, NominationStatus.CouncilNotProposed, NominationStatus.ChangesRequested, NominationStatus.Withdrawn],
        [NominationStatus.CouncilProposed] = [NominationStatus.AwaitingSignature, NominationStatus.SubmittedToProvince, NominationStatus.Scheduled, NominationStatus.Withdrawn],
        [NominationStatus.AwaitingSignature] = [NominationStatus.Awarded, NominationStatus.Withdrawn],
        [NominationStatus.SubmittedToProvince] = [NominationStatus.Awarded, NominationStatus.NotAwarded, NominationStatus.Withdrawn],
    };

    /// <summary>Whether the move is allowed for this dossier (Giấy khen goes to signature, Bằng khen to the province).</summary>
    public static bool Allows(Nomination n, NominationStatus to) =>
        Next.TryGetValue(n.Status, out var next) && next.Contains(to)
        && !(to == NominationStatus.AwaitingSignature && n.Award != AwardLevel.DirectorCertificate)
        && !(to == NominationStatus.SubmittedToProvince && n.Award != AwardLevel.ProvincialCertificate);

    public static void EnsureAllowed(Nomination n, NominationStatus to)
    {
        if (!Allows(n, to))
        {
            throw new LifecycleException(Texts.Vi.Lifecycle.NotAllowed(n.Id, Texts.Vi.Nominations.Status(n.Status), Texts.Vi.Nominations.Status(to)));
        }
    }

    public static bool IsFinal(NominationStatus status) => !Next.ContainsKey(status);
}

/// <summary>A refused change, with the Vietnamese message to show.</summary>
public sealed class LifecycleException(string message) : InvalidOperationException(message);

/// <summary>The lifecycle's data on the dossier: its version (for concurrent edits) and the decision's references.</summary>
public sealed partial class Nomination
{
    /// <summary>Raised on every change; a change made on an older version is refused.</summary>
    public int Version { get; set; }

    /// <summary>Hạn bổ sung, when returned for completion (local date).</summary>
    public DateTime? CompletionDeadline { get; set; }

    public string? MeetingNote { get; set; }

    /// <summary>Quyết định: số ký hiệu ("45/QĐ-SKHCN"), ngày, người ký.</summary>
    public string? DecisionReference { get; set; }

    public DateTime? DecisionDate { get; set; }

    public string? DecisionSigner { get; set; }

    /// <summary>Tờ trình for a Bằng khen: số ký hiệu and ngày.</summary>
    public string? SubmissionReference { get; set; }

    public DateTime? SubmissionDate { get; set; }

    /// <summary>Changes the status only if nobody changed the dossier since <paramref name="seenVersion"/>.</summary>
    public void ChangeSeen(int seenVersion, NominationStatus status, string by, DateTimeOffset at, string? note)
    {
        if (seenVersion != Version)
        {
            throw new LifecycleException(Texts.Vi.Decisions.Stale(Id, seenVersion, Version, Texts.Vi.Nominations.Status(Status), Texts.Vi.Dossier.ChangeNote(LastReason, LastNote)));
        }

        Change(status, by, at, note);
    }
}
