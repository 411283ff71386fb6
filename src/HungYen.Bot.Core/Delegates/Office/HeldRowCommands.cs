using T = HungYen.Bot.Core.Texts.Vi.ImportReview;

namespace HungYen.Bot.Core.Delegates.Office;

/// <summary>
/// A row of a re-imported list held back because it matched a delegate who erased their data: the office says whose it
/// is, named by that delegate's invitation code; without a held row it is told so. The row is gone once settled.
/// </summary>
public abstract class HeldRowCommand : RepairCommand
{
    protected sealed override string Example => Texts.Vi.OfficeRepairs.InviteCodeSlot;

    protected sealed override void Mend(Turn turn, Delegate found, string[] rest)
    {
        if (turn.Store.Find<HeldImportRow>(found.Id) is not { } row)
        {
            turn.Say(T.NothingHeld(found.FullName));
            return;
        }

        Settle(turn, found, row);
        turn.Changes.Delete<HeldImportRow>(row.Id);
    }

    protected abstract void Settle(Turn turn, Delegate found, HeldImportRow row);
}

/// <summary>
/// /daibieu_ganlai &lt;mã mời&gt;: the held row of a re-imported list is the delegate who erased their data; the row is written
/// onto that record (their answer, history and codes stay).
/// </summary>
public sealed class LinkHeldRowCommand : HeldRowCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("daibieu_ganlai", T.LinkDescription, Texts.En.Commands.LinkHeldRow);

    protected override void Settle(Turn turn, Delegate found, HeldImportRow row)
    {
        row.ApplyTo(found);
        found.ErasedAt = null;
        turn.Changes.Upsert(found);
        turn.Say(T.Linked(row.RowNumber, found.FullName, found.InviteCode));
    }
}

/// <summary>/daibieu_moi &lt;mã mời&gt;: the held row is someone else; it becomes a new delegate with codes of its own.</summary>
public sealed class NewFromHeldRowCommand : HeldRowCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("daibieu_moi", T.NewDescription, Texts.En.Commands.NewFromHeldRow);

    protected override void Settle(Turn turn, Delegate found, HeldImportRow row)
    {
        var created = DelegateImporter.NewDelegate(turn.Store, turn.Now);
        row.ApplyTo(created);
        turn.Changes.Upsert(created);
        turn.Say(T.Created(row.RowNumber, created.FullName, created.InviteCode));
    }
}
