namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// A task the person turned away from before finishing it: its step and answers as they stood, kept in the session
/// until they take it up again (<see cref="Turn.TakeUpSetAside"/>), cancel it, or their data is erased.
/// </summary>
public sealed class SetAsideFlow
{
    public string State { get; set; } = "";

    public Dictionary<string, string> Draft { get; set; } = [];

    public DateTimeOffset SetAsideAt { get; set; }

    /// <summary>The files uploaded in the task that no record keeps yet (they go when the task goes).</summary>
    public IEnumerable<string> Uploads => Turn.UploadsIn(Draft);
}
