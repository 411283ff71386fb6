namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// How a flow's machine starts and moves, declared once: the state a new session is in, the trigger that begins the
/// flow (to its first stage), the trigger of Back (null: no stage offers it, and questions never do) and the trigger of a
/// question answered (for flows with questions in sequence).
/// </summary>
public sealed record FlowStart<TState, TTrigger>(TState Initial, TTrigger Begin)
    where TState : struct
    where TTrigger : struct, Enum
{
    public TTrigger? Back { get; init; }

    public TTrigger? Answered { get; init; }
}
