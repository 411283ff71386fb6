namespace HungYen.Bot.Core.Delegates;

/// <summary>What the office's own list says about a delegate beyond the columns the bot needs.</summary>
public sealed partial class Delegate
{
    /// <summary>The office's STT, as written in its file.</summary>
    public string? ListNumber { get; set; }

    /// <summary>The row's place in the last imported file (0 first), so lists come out in the office's order.</summary>
    public int? ListOrder { get; set; }

    /// <summary>A landline given instead of a mobile; such a delegate is recognised by their codes only.</summary>
    public string? Landline { get; set; }
}
