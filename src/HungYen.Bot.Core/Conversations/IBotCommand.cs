namespace HungYen.Bot.Core.Conversations;

/// <summary>A slash command a feature adds (e.g. /export for the office). /start, /help, /cancel, /id, /menu belong to the engine.</summary>
public interface IBotCommand
{
    /// <summary>The command's name, descriptions and who may use it.</summary>
    CommandCard Card { get; }

    Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken);
}

/// <summary>
/// Handles a start code: the payload of a t.me/&lt;bot&gt;?start=&lt;code&gt; link, "/start &lt;code&gt;", or the code typed
/// alone. Returns false when the code is not its kind.
/// </summary>
public interface IStartCodeHandler
{
    Task<bool> TryHandleAsync(Turn turn, string code, CancellationToken cancellationToken);

    /// <summary>
    /// Whether this handler's matcher would take the text as one of its codes once normalised its way (spaces, case,
    /// dashes), so that such a guess counts towards the sender's throttle like any other code.
    /// </summary>
    bool IsCodeShaped(string text) => false;
}
