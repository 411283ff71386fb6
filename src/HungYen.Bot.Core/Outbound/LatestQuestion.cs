namespace HungYen.Bot.Core.Outbound;

/// <summary>
/// The choices of the last message with choices queued to a chat — a question of the person's own conversation or a
/// notice (a reminder, a seat offer) sent from anyone's turn or a scheduled job. A typed number answers this message,
/// whatever came before it. Written with the message in the same commit; Id is the chat's address.
/// </summary>
public sealed class LatestQuestion : Record
{
    public List<Choice> Choices { get; set; } = [];

    public DateTimeOffset At { get; set; }
}
