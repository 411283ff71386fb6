using P = HungYen.Bot.Core.Texts.Vi.PersonalDataSections;

namespace HungYen.Bot.Core.Nominations;

/// <summary>
/// What nominations keep about a staffer: the enrolment, and the nominations they submitted. Those nominations are the
/// unit's official proposal about third persons, so erasing the staffer removes the enrolment and the office is told;
/// the nominations stay.
/// </summary>
public sealed class NominationsPersonalData(LocalTime local) : IPersonalDataSource
{
    public PersonalData? Collect(ChatAddress person, Turn turn)
    {
        var id = person.ToString();
        var staff = turn.Store.Find<UnitStaff>(id);
        var submitted = turn.Store.Query<Nomination>(n => n.SubmittedBy == id).Select(n => n.Id).ToList();
        var removal = turn.Store.Find<Units.StaffRemoval>(id);
        if (staff is null && submitted.Count == 0 && removal is null)
        {
            return null;
        }

        var lines = new List<string>();
        if (staff is not null)
        {
            lines.Add(P.Staff(NominationCard.UnitName(turn.Store, staff.UnitCode), staff.Name ?? "", local.Format(staff.EnrolledAt)));
        }

        if (submitted.Count > 0)
        {
            lines.Add(P.Submitted(submitted));
        }

        if (removal is not null)
        {
            lines.Add(Texts.Vi.Nominations.RemovalKept(NominationCard.UnitName(turn.Store, removal.UnitCode), local.Format(removal.RemovedAt)));
        }

        return new PersonalData(P.Nominations, lines, new { staff?.UnitCode, staff?.Name, staff?.EnrolledAt, submitted, removedAt = removal?.RemovedAt });
    }

    public IReadOnlyList<string> Erase(ChatAddress person, Turn turn)
    {
        var id = person.ToString();
        var lines = new List<string>();
        if (turn.Store.Find<UnitStaff>(id) is { } staff)
        {
            turn.Changes.Delete<UnitStaff>(id);
            lines.Add(P.StaffErased(NominationCard.UnitName(turn.Store, staff.UnitCode)));
        }

        var theirs = turn.Overlay(turn.Store.Query<Nomination>(n => n.SubmittedBy == id));
        var phones = theirs.Select(n => n.ContactPhone).Where(p => !string.IsNullOrEmpty(p)).ToList();
        foreach (var nomination in theirs.Where(n => n.ContactPhone is not null))
        {
            nomination.ContactPhone = null; // the contact person's phone is theirs, not the unit's
            turn.Changes.Upsert(nomination);
        }

        Privacy.StoredMessageScrubber.Scrub(turn.Store, turn.Changes, phones);
        var submitted = theirs.Select(n => n.Id).ToList();
        if (submitted.Count > 0)
        {
            lines.Add(P.SubmittedKept(submitted));
        }

        if (turn.Store.Find<Units.StaffRemoval>(id) is { } removal)
        {
            lines.Add(Texts.Vi.Nominations.RemovalKeptForOffice(NominationCard.UnitName(turn.Store, removal.UnitCode)));
        }

        return lines;
    }
}
