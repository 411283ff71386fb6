namespace HungYen.Bot.Core.Channels;

/// <summary>The channels running in this process, by name.</summary>
public sealed class ChannelRegistry(IEnumerable<IChatChannel> channels)
{
    private readonly Dictionary<string, IChatChannel> _channels = channels.ToDictionary(c => c.Name);

    public IChatChannel? Find(string name) => _channels.GetValueOrDefault(name);

    public IEnumerable<IChatChannel> All => _channels.Values;
}
