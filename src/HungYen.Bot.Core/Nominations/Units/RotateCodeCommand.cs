using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Units;

/// <summary>
/// /doima &lt;unit&gt; — the office replaces a unit's enrolment code (a link that went astray): the old code and every
/// link made from it stop working at once, the office gets the new link, and the unit's enrolled staff are told it.
/// </summary>
public sealed class RotateCodeCommand(UnitsCommand units) : OfficeCommand
{
    public override string Name => "doima";

    public override string DescriptionVi => T.RotateCodeCommand;

    public override string DescriptionEn => En.Commands.RotateCode;

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(arguments))
        {
            turn.Say(T.RotateCodeUsage);
            return Task.CompletedTask;
        }

        var code = arguments.Trim();
        var unit = turn.Store.Query<Unit>(u => u.Active).FirstOrDefault(u => string.Equals(u.Id, code, StringComparison.OrdinalIgnoreCase));
        if (unit is null)
        {
            turn.Say(T.UnknownUnit(code));
            return Task.CompletedTask;
        }

        unit.EnrolmentCode = UnitCatalog.NewCode();
        turn.Changes.Upsert(unit);
        var link = units.Link(unit.EnrolmentCode) + Vi.Reach.BareCode(unit.EnrolmentCode);
        var staff = turn.Store.Query<UnitStaff>(s => s.UnitCode == unit.Id);
        foreach (var person in staff)
        {
            turn.Notify(ChatAddress.Parse(person.Id), new OutgoingMessage(T.CodeRotatedNotice(unit.Name, link)));
        }

        turn.Say(T.CodeRotated(unit.Name, link, staff.Count));
        return Task.CompletedTask;
    }
}
