namespace HungYen.Bot.Core.Channels;

/// <summary>Where channel adapters hand incoming updates. Returns once the update's effects are committed.</summary>
public interface IUpdateSink
{
    Task HandleAsync(IncomingUpdate update, CancellationToken cancellationToken);
}
