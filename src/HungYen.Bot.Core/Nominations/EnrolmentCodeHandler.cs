namespace HungYen.Bot.Core.Nominations;

/// <summary>
/// Enrols a person to a unit by the unit's code: from a t.me link, "/start &lt;code&gt;", or typed; the answer carries the
/// button that starts a proposal.
/// </summary>
public sealed class EnrolmentCodeHandler(Wizard.NominationWizardFlow wizard) : IStartCodeHandler
{
    public Task<bool> TryHandleAsync(Turn turn, string code, CancellationToken cancellationToken)
    {
        var unit = turn.Store.Query<Unit>(u => u.EnrolmentCode == code).FirstOrDefault(u => u.Active);
        if (unit is null)
        {
            return Task.FromResult(false);
        }

        var id = turn.User.Address.ToString();
        if (turn.Store.Find<Units.StaffRemoval>(id) is not null)
        {
            // Removed by the office: no unit's code enrols them until the office re-admits them (/nhanlai_canbo).
            turn.Say(Vi.Nominations.RemovedStaffBlocked);
            turn.NotifyOffice(Vi.Nominations.OfficeRemovedStaffTried(turn.User.DisplayName ?? id, id, unit.Name));
            return Task.FromResult(true);
        }

        var existing = turn.Store.Find<UnitStaff>(id);
        if (existing is not null && existing.UnitCode == unit.Id)
        {
            turn.Say(Vi.Nominations.AlreadyEnrolled(unit.Name));
            return Task.FromResult(true);
        }

        turn.Changes.Upsert(new UnitStaff { Id = id, UnitCode = unit.Id, Name = turn.User.DisplayName, EnrolledAt = turn.Now });
        if (existing is not null)
        {
            // A move from one unit to another: both the person and the office are told from which to which.
            var from = NominationCard.UnitName(turn.Store, existing.UnitCode);
            turn.Say(Vi.Nominations.Moved(from, unit.Name));
            turn.NotifyOffice(Vi.Nominations.OfficeMoved(turn.User.DisplayName ?? id, id, from, unit.Name));
            return Task.FromResult(true);
        }

        if (turn.Session.InFlow)
        {
            turn.Say(Vi.Nominations.Enrolled(unit.Name)); // the task in progress keeps its question and choices
        }
        else
        {
            turn.Ask(Vi.Nominations.Enrolled(unit.Name), ConversationMenu.EntryFor(wizard)); // the next step is one press away
        }

        turn.NotifyOffice(Vi.Nominations.OfficeEnrolled(turn.User.DisplayName ?? id, id, unit.Name));
        return Task.FromResult(true);
    }
}
