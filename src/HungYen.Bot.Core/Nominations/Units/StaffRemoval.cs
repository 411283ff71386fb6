namespace HungYen.Bot.Core.Nominations.Units;

/// <summary>
/// The office removed this person from a unit (/xoacanbo): until it re-admits them (/nhanlai_canbo), no unit's code
/// enrols them again. Id is their "channel:id".
/// </summary>
public sealed class StaffRemoval : Record
{
    public string UnitCode { get; set; } = "";

    public string? Name { get; set; }

    public DateTimeOffset RemovedAt { get; set; }

    public string RemovedBy { get; set; } = "";
}
