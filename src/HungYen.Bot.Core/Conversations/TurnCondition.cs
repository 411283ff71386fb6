namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// A named condition on the turn and the draft (e.g. "còn hạn sửa"): a button is offered, and accepted, only while it
/// holds. The name is what the diagram shows on the guarded transition.
/// </summary>
public sealed record TurnCondition<TDraft>(string Name, Func<Turn, TDraft, bool> Holds);
