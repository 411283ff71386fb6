using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Jobs;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Privacy;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Hosting;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HungYen.Bot.Tests.Support;

/// <summary>
/// The bot's core wired as in production (AddConversations and the features' Add… calls), over a real LiteDB store,
/// a <see cref="RecordingChannel"/> and a <see cref="FakeTimeProvider"/>. Tests talk to it as people in a chat:
/// <c>await harness.User("a").Says("/start")</c> returns what the bot answered.
/// </summary>
public sealed class ChatHarness : IDisposable
{
    public const string AdminId = "admin";
    private readonly ServiceProvider _provider;
    private readonly LiteDbRecordStore _store;
    private int _updates;

    /// <param name="config">Configuration keys ("Section:Key") over the test defaults.</param>
    /// <param name="services">Extra registrations: the features under test (e.g. services.AddNominations()).</param>
    /// <param name="databasePath">A LiteDB file to use (to test restarts); in memory when null.</param>
    /// <param name="clock">A clock shared across harnesses (a restart keeps the time).</param>
    public ChatHarness(IDictionary<string, string?>? config = null, Action<IServiceCollection>? services = null, string? databasePath = null, FakeTimeProvider? clock = null)
    {
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero)); // 09:00 in Hà Nội
        var settings = new Dictionary<string, string?>
        {
            ["Office:AdminUserIds:0"] = $"test:{AdminId}",
            ["Sender:MessagesPerSecond"] = "10000",
            ["Sender:BulkIntervalPerChatSeconds"] = "0",
        };
        Settings.Merge(settings, config);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _store = databasePath is null ? LiteDbRecordStore.InMemory() : LiteDbRecordStore.Open(databasePath);
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddConversations();
        collection.AddSingleton<IRecordStore>(_store);
        collection.AddSingleton<IChatChannel>(Channel);

        // Sending runs on real time: the pacer's waits would otherwise hang on a clock nobody advances.
        collection.AddSingleton(sp => new OutboxDispatcher(
            sp.GetRequiredService<IRecordStore>(),
            sp.GetServices<IChatChannel>(),
            TimeProvider.System,
            sp.GetRequiredService<IOptions<SenderOptions>>(),
            sp.GetRequiredService<ILogger<OutboxDispatcher>>()));
        services?.Invoke(collection);
        _provider = collection.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; }

    public RecordingChannel Channel { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public IRecordStore Store => _store;

    public IServiceProvider Services => _provider;

    public ConversationEngine Engine => _provider.GetRequiredService<ConversationEngine>();

    /// <summary>A person in the chat. Unless <paramref name="consented"/> is false, they have already agreed to the personal-data notice.</summary>
    public ChatUser User(string id, string? name = null, bool consented = true)
    {
        var address = new ChatAddress(Channel.Name, id);
        if (consented)
        {
            Consents.Grant(_provider, address.ToString());
        }

        return new ChatUser(this, address, name ?? id);
    }

    public ChatUser Admin => User(AdminId, "Văn phòng");

    /// <summary>Everything the bot sent to <paramref name="id"/> so far.</summary>
    public IReadOnlyList<SentMessage> InboxOf(string id) => [.. Channel.Sent.Where(m => m.ChatId == id)];

    /// <summary>
    /// Hands one update to the engine, does the slow work it queued (as the host's job runner would, meanwhile), sends
    /// what it all queued, and returns what reached <paramref name="to"/>.
    /// </summary>
    public async Task<Reply> DeliverAsync(IncomingUpdate update)
    {
        var before = Channel.Sent.Count;
        await Engine.HandleAsync(update, CancellationToken.None);
        await _provider.GetRequiredService<JobRunner>().RunQueuedAsync(CancellationToken.None);
        await _provider.GetRequiredService<OutboxDispatcher>().DrainAsync(CancellationToken.None);
        return new Reply([.. Channel.Sent.Skip(before).Where(m => m.ChatId == update.Chat.Id)]);
    }

    /// <summary>Sends whatever is queued (e.g. after a scheduled job) and returns it.</summary>
    public async Task<IReadOnlyList<SentMessage>> FlushAsync()
    {
        var before = Channel.Sent.Count;
        await _provider.GetRequiredService<OutboxDispatcher>().DrainAsync(CancellationToken.None);
        return [.. Channel.Sent.Skip(before)];
    }

    public string NextUpdateKey() => $"{Channel.Name}:{Interlocked.Increment(ref _updates)}:{Guid.NewGuid():N}";

    public void Dispose()
    {
        _provider.Dispose();
        _store.Dispose();
    }
}
