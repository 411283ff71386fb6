namespace HungYen.Bot.Core.Scheduling;

/// <summary>
/// The office's title of a scheduled message, worded when shown by the source of its kind (<see cref="IScheduleSource.Describe"/>),
/// so a corrected or erased name and a changed wording reach every stored message. A record from before titles were
/// codes shows the sentence it holds.
/// </summary>
public sealed class ScheduleTitles(IEnumerable<IScheduleSource> sources)
{
    private readonly IReadOnlyList<IScheduleSource> _sources = [.. sources];

    public string Of(ScheduledMessage message) =>
        message.Title is { Length: > 0 } stored ? stored
        : _sources.FirstOrDefault(s => s.Kinds.Contains(message.Kind))?.Describe(message) ?? Vi.Schedule.OtherMessage;
}
