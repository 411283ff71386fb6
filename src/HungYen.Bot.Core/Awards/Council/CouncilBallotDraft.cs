namespace HungYen.Bot.Core.Awards.Council;

/// <summary>The ballot flow's outcome within the turn the sheet is read: the report of what was recorded.</summary>
public sealed class CouncilBallotDraft
{
    public string? Report { get; set; }
}
