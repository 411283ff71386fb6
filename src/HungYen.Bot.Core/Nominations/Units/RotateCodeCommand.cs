using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Units;

/// <summary>
/// /doima &lt;unit&gt; — the office replaces a unit's enrolment code (a link that went astray): the old code and every
/// link made from it stop working at once, the office gets the new link, and the unit's enrolled staff are told it.
/// </summary>
public sealed class RotateCodeCommand(UnitsCommand units) : NamedRecordCommand<Unit>(T.RotateCodeUsage, T.UnknownUnit)
{
    public override CommandCard Card { get; } = CommandCard.Office("doima", T.RotateCodeCommand, En.Commands.RotateCode);

    protected override bool NamesPerson => false;

    protected override Unit? Find(IRecordReader store, string key) =>
        store.Query<Unit>(u => u.Active).FirstOrDefault(u => string.Equals(u.Id, key, StringComparison.OrdinalIgnoreCase));

    protected override void Apply(Turn turn, Unit unit)
    {
        unit.EnrolmentCode = UnitCatalog.NewCode();
        turn.Changes.Upsert(unit);
        var link = units.Link(unit.EnrolmentCode) + Vi.Reach.BareCode(unit.EnrolmentCode);
        var staff = turn.Store.Query<UnitStaff>(s => s.UnitCode == unit.Id);
        foreach (var person in staff)
        {
            turn.Notify(ChatAddress.Parse(person.Id), new OutgoingMessage(T.CodeRotatedNotice(unit.Name, link)));
        }

        turn.Say(T.CodeRotated(unit.Name, link, staff.Count));
    }
}
