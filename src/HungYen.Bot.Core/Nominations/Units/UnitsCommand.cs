using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Units;

/// <summary>/donvi — the office sees every unit with its enrolment link (to send to the unit) and its enrolled staff.</summary>
public sealed class UnitsCommand(IOptionsMonitor<BotOptions> bot) : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("donvi", T.UnitsCommand, En.Commands.Units);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var staff = turn.Store.Query<UnitStaff>().ToLookup(s => s.UnitCode);
        var units = turn.Store.Query<Unit>(u => u.Active).OrderBy(u => u.Order).ThenBy(u => u.Id).ToList();
        var text = new StringBuilder(T.UnitsHeader(units.Count)).Append("\n\n");
        foreach (var unit in units)
        {
            text.Append(T.UnitLine(unit.Id, unit.Name, unit.Kind, Link(unit.EnrolmentCode) + Vi.Reach.BareCode(unit.EnrolmentCode), staff[unit.Id].Select(s => $"{s.Name} ({s.Id})"))).Append("\n\n");
        }

        turn.Say(units.Count == 0 ? T.NoUnits : text.ToString().TrimEnd());
        return Task.CompletedTask;
    }

    /// <summary>The unit's web link and deep link where they exist (both when both channels are on), else the command to type.</summary>
    public string Link(string code) =>
        StartLinks.All(bot.CurrentValue, code) is { Count: > 0 } links ? string.Join(" · ", links) : $"/start {code}";
}
