using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Delegates.Import;
using T = HungYen.Bot.Core.Texts.Vi.ImportReview;

namespace HungYen.Bot.Core.Delegates.Office;

/// <summary>
/// /daibieu_ganlai &lt;mã mời&gt;: the held row of a re-imported list is the delegate who erased their data; the row is written
/// onto that record (their answer, history and codes stay).
/// </summary>
public sealed class LinkHeldRowCommand : RepairCommand
{
    public override string Name => "daibieu_ganlai";

    public override string DescriptionVi => T.LinkDescription;

    public override string DescriptionEn => Texts.En.OfficeRepairs.LinkHeldRow;

    protected override string Example => Texts.Vi.OfficeRepairs.InviteCodeSlot;

    protected override void Mend(Turn turn, Delegate found, string[] rest)
    {
        if (turn.Store.Find<HeldImportRow>(found.Id) is not { } row)
        {
            turn.Say(T.NothingHeld(found.FullName));
            return;
        }

        row.ApplyTo(found);
        found.ErasedAt = null;
        turn.Changes.Upsert(found);
        turn.Changes.Delete<HeldImportRow>(row.Id);
        turn.Say(T.Linked(row.RowNumber, found.FullName, found.InviteCode));
    }
}

/// <summary>/daibieu_moi &lt;mã mời&gt;: the held row is someone else; it becomes a new delegate with codes of its own.</summary>
public sealed class NewFromHeldRowCommand : RepairCommand
{
    public override string Name => "daibieu_moi";

    public override string DescriptionVi => T.NewDescription;

    public override string DescriptionEn => Texts.En.OfficeRepairs.NewFromHeldRow;

    protected override string Example => Texts.Vi.OfficeRepairs.InviteCodeSlot;

    protected override void Mend(Turn turn, Delegate found, string[] rest)
    {
        if (turn.Store.Find<HeldImportRow>(found.Id) is not { } row)
        {
            turn.Say(T.NothingHeld(found.FullName));
            return;
        }

        var created = DelegateImporter.NewDelegate(turn.Store, turn.Now);
        row.ApplyTo(created);
        turn.Changes.Upsert(created);
        turn.Changes.Delete<HeldImportRow>(row.Id);
        turn.Say(T.Created(row.RowNumber, created.FullName, created.InviteCode));
    }
}
