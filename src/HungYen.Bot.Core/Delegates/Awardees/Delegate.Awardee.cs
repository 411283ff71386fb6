namespace HungYen.Bot.Core.Delegates;

/// <summary>A delegate invited because they receive an award, for themselves or for a collective.</summary>
public sealed partial class Delegate
{
    /// <summary>The nomination this person receives on stage (as themselves, or as người nhận thay of a collective).</summary>
    public string? AwardeeFor { get; set; }
}
