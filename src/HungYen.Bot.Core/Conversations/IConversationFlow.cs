namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// One guided conversation (a Stateless machine rebuilt per update from the stored session).
/// Global commands (/start, /help, /cancel) are handled by the engine, never by a flow.
/// </summary>
public interface IConversationFlow
{
    /// <summary>Stable name stored in sessions and used in menu choices (ASCII, short).</summary>
    string Name { get; }

    /// <summary>The menu label, in Vietnamese.</summary>
    string MenuLabel { get; }

    bool IsAvailableTo(Participant participant);

    /// <summary>A slash command (without the slash) that starts this flow, or null.</summary>
    string? Command => null;

    /// <summary>The command's description in English (the Vietnamese one is the menu label).</summary>
    string? CommandDescriptionEn => null;

    /// <summary>Starts the flow: sets the first step and asks its question.</summary>
    Task StartAsync(Turn turn, CancellationToken cancellationToken);

    /// <summary>
    /// Starts the flow at what the command's <paramref name="arguments"/> name ("/duyet GK-CN-001" opens that dossier),
    /// entering it itself; false when the flow takes no arguments or they name nothing it can open (the caller then
    /// starts or resumes it as usual).
    /// </summary>
    bool TryStartAt(Turn turn, string arguments);

    /// <summary>Handles the person's answer at the current step.</summary>
    Task HandleAsync(Turn turn, UserInput input, CancellationToken cancellationToken);

    /// <summary>Asks the current step's question again (after /help, or input that fits nowhere).</summary>
    void Reprompt(Turn turn);

    /// <summary>The flow's state diagram in Mermaid, generated from the machine itself.</summary>
    string Diagram();
}
