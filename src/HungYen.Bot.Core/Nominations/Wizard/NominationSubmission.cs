using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>The deadline, the review screen with live quotas and warnings, and saving a submitted or edited nomination.</summary>
public sealed class NominationSubmission(Quota quota, IOptionsMonitor<ConferenceOptions> conference, LocalTime local, NominationCard card, NominationSteps steps)
{
    /// <summary>The message to show when nominations are closed, or null while they are open.</summary>
    public string? DeadlineMessage(Turn turn) =>
        conference.CurrentValue.NominationDeadline is { } deadline && turn.Now > local.ToInstant(deadline)
            ? T.DeadlinePassed(local.Format(local.ToInstant(deadline)))
            : null;

    public string? DeadlineLine() =>
        conference.CurrentValue.NominationDeadline is { } deadline ? T.Deadline(local.Format(local.ToInstant(deadline))) : null;

    public string ReviewText(Turn turn, NominationDraft draft)
    {
        var unit = Unit(turn);
        var nomination = steps.ToNomination(draft, unit);
        var text = new StringBuilder(T.ReviewHeader).Append("\n\n").Append(card.Describe(nomination, NominationCard.UnitName(turn.Store, unit)));
        text.Append("\n\n").Append(string.Join('\n', quota.Lines(turn.Store))).Append('\n').Append(Vi.Dossier.QuotaRange(quota.Min, quota.Max));
        foreach (var warning in Warnings(turn, nomination))
        {
            text.Append("\n\n").Append(warning);
        }

        if (quota.UnderMin(turn.Store, nomination.Award, nomination.Kind, string.IsNullOrEmpty(nomination.Id) ? null : nomination.Id) is { } underMin)
        {
            text.Append("\n\n").Append(underMin);
        }

        if (DeadlineLine() is { } deadline)
        {
            text.Append("\n\n").Append(deadline);
        }

        return text.ToString();
    }

    /// <summary>A refused «Gửi» keeps the finished draft (the flow goes back to the review, nothing is lost).</summary>
    private static void KeepForLater(Turn turn, string refusal)
    {
        turn.Say(refusal);
        turn.Say(Texts.Vi.Journeys.DraftKept);
    }

    public void Submit(Turn turn, NominationDraft answers)
    {
        if (DeadlineMessage(turn) is { } closed)
        {
            KeepForLater(turn, closed);
            return;
        }

        var unit = Unit(turn);
        var draft = steps.ToNomination(answers, unit);
        var existing = string.IsNullOrEmpty(draft.Id) ? null : turn.Store.Find<Nomination>(draft.Id);
        if (existing is not null && existing.Status is not (NominationStatus.Submitted or NominationStatus.ChangesRequested))
        {
            turn.Say(T.NotEditable);
            turn.EndFlow();
            return;
        }

        // Where the quota refuses (Nominations:RefuseOverMax), it counts the nominations stored: two staffers submitting
        // at once (their turns committed together) must not both take the last place, so the submission holds only if
        // no nomination was stored meanwhile; one refused is run again and counts the other. Where it only warns, a
        // submission is never held back (a re-run would also take a second reference number and leave a gap).
        if (quota.RefusesOverMax)
        {
            turn.Changes.ExpectNoneWrittenSinceRead<Nomination>();
        }

        if (quota.Refuses(turn.Store, unit, draft.Award, draft.Kind, existing?.Id))
        {
            KeepForLater(turn, T.Refused(quota.Max));
            return;
        }

        var warnings = Warnings(turn, draft);
        var nomination = existing ?? new Nomination
        {
            Id = Reference(turn, draft.Award, draft.Kind),
            UnitCode = unit,
            SubmittedBy = turn.User.Address.ToString(),
            SubmittedAt = turn.Now,
        };
        var before = existing is null ? null : card.Fields(existing, NominationCard.UnitName(turn.Store, existing.UnitCode));
        var previousFile = existing?.FileId;
        draft.CopyDetailsTo(nomination);
        nomination.AwaitingReview = true;
        nomination.Change(NominationStatus.Submitted, turn.User.Address.ToString(), turn.Now, null, existing is null ? null : StatusReason.Edited);
        turn.Changes.Upsert(nomination);
        turn.KeepUploads();
        if (previousFile is not null && previousFile != nomination.FileId)
        {
            turn.Changes.DeleteFile(previousFile); // replaced by the edit's new file
        }

        var unitName = NominationCard.UnitName(turn.Store, unit);
        turn.Say((existing is null ? T.SubmittedText(nomination.Id) : T.UpdatedText(nomination.Id)) + "\n\n" + card.Describe(nomination, unitName));
        foreach (var warning in warnings)
        {
            turn.Say(warning);
        }

        turn.NotifyOffice(
            before is null
                ? T.OfficeNew(nomination.Id, unitName, card.Describe(nomination, unitName))
                : T.OfficeChanged(nomination.Id, unitName, card.Changes(before, nomination, unitName)),
            Review.NominationReviewFlow.ReviewButton(nomination.Id));
        var duplicates = NominationCard.Duplicates(turn.Store, nomination);
        if (duplicates.Count > 0)
        {
            turn.NotifyOffice(T.OfficeDuplicate(nomination.Id, nomination.Name, duplicates));
            TellOtherUnits(turn, nomination, unitName, duplicates);
        }

        turn.EndFlow();
    }

    /// <summary>The staff of each other unit that proposed the same person learn of the duplicate too.</summary>
    private static void TellOtherUnits(Turn turn, Nomination nomination, string unitName, IReadOnlyList<string> duplicates)
    {
        foreach (var other in duplicates.Select(id => turn.Store.Find<Nomination>(id)).OfType<Nomination>().Where(o => o.UnitCode != nomination.UnitCode).GroupBy(o => o.UnitCode))
        {
            var text = T.DuplicateOtherUnit(nomination.Name, unitName, nomination.Id, other.Select(o => o.Id));
            var code = other.Key;
            foreach (var staff in turn.Store.Query<UnitStaff>(s => s.UnitCode == code))
            {
                turn.Notify(ChatAddress.Parse(staff.Id), new OutgoingMessage(text));
            }
        }
    }

    private List<string> Warnings(Turn turn, Nomination nomination)
    {
        var existingId = string.IsNullOrEmpty(nomination.Id) ? null : nomination.Id;
        var warnings = quota.Warnings(turn.Store, nomination.UnitCode, nomination.Award, nomination.Kind, existingId).ToList();
        var duplicates = NominationCard.Duplicates(turn.Store, nomination);
        if (duplicates.Count > 0)
        {
            warnings.Add(T.Duplicate(nomination.Name, duplicates));
        }

        return warnings;
    }

    private static string Reference(Turn turn, AwardLevel award, NomineeKind kind)
    {
        var prefix = $"{(award == AwardLevel.DirectorCertificate ? "GK" : "BK")}-{(kind == NomineeKind.Individual ? "CN" : "TT")}";
        return $"{prefix}-{turn.Store.NextSequence(prefix):000}";
    }

    private static string Unit(Turn turn) => turn.User.Role<UnitStaffRole>()?.UnitCode ?? "";
}
