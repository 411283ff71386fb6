namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// Who a flow is, declared once: its stable name (stored in sessions, ASCII, short), its menu label in Vietnamese, the
/// slash command that starts it (without the slash; null: menu only) and that command's description in English.
/// </summary>
public sealed record FlowCard(string Name, string MenuLabel, string? Command = null, string? CommandDescriptionEn = null);
