namespace HungYen.Bot.Core.Conversations;

/// <summary>The draft of a flow that keeps no answers between turns: its state is all it needs.</summary>
public sealed class NoDraft
{
}
