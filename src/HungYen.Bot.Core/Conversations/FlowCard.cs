namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// Who a flow is, declared once: its stable name (stored in sessions, ASCII, short), its menu label in Vietnamese, the
/// slash command that starts it (without the slash; null: menu only), that command's description in English, and who
/// may use it.
/// </summary>
public sealed record FlowCard(string Name, string MenuLabel, string? Command = null, string? CommandDescriptionEn = null)
{
    /// <summary>Whether the flow is offered to, and may be started by, this person; by default everyone.</summary>
    public Func<Participant, bool> IsFor { get; init; } = _ => true;
}
