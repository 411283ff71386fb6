using System.Collections.Concurrent;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Hardening.Storage;

/// <summary>The turns of one poll batch are committed together (group commit), and the batch is acknowledged only after.</summary>
public sealed class BatchAcknowledgementTests : IAsyncLifetime
{
    private const int People = 6;
    private readonly FakeTelegramServer _fake = new();
    private readonly TempDatabase _db = new("hy-batchack");
    private RunningBot? _bot;

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        _bot = await RunningBot.StartAsync(_fake, _db.Path);
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await _fake.DisposeAsync();
        _db.Dispose();
    }

    [Fact]
    public async Task PollBatch_TurnsCommittedInOneTransaction_AcknowledgedOnlyAfterThatCommit_EachAnsweredOnce()
    {
        var store = _bot!.Host.Services.GetRequiredService<LiteDbRecordStore>();
        var first = new TelegramChat(_fake, 6300, "Trần Thị Bình");
        await first.Says("/start", "Thông báo về xử lý dữ liệu cá nhân");
        await RunningBot.UntilAsync(() => _bot.Store.Count<OutboxMessage>(m => m.Status == OutboxStatus.Pending) == 0);
        var before = _fake.LastDelivered;
        var keys = Enumerable.Range(before + 1, People).Select(id => $"telegram:{id}").ToList();
        var groups = new ConcurrentQueue<(IReadOnlyList<string?> Keys, int AcknowledgedAtWrite)>();
        var held = 0;
        store.BeforeGroup = () =>
        {
            // the first writer waits (briefly) until every turn of the batch has queued its change set behind it
            if (Interlocked.Exchange(ref held, 1) == 0)
            {
                SpinWait.SpinUntil(() => keys.All(store.QueuedUpdateKeys().Contains), TimeSpan.FromSeconds(8));
            }
        };
        store.WritingGroup = group => groups.Enqueue(([.. group.Select(c => c.ProcessedUpdateKey)], _fake.ConfirmedOffset));

        _fake.UsersSay(Enumerable.Range(0, People).Select(i => (6301L + i, "/id")));
        await RunningBot.UntilAsync(() => _fake.ConfirmedOffset > before + People);

        var batch = Assert.Single(groups, g => g.Keys.Contains(keys[0]));
        Assert.All(keys, k => Assert.Contains(k, batch.Keys)); // one transaction for the whole batch
        Assert.True(batch.AcknowledgedAtWrite <= before + 1, $"acknowledged up to {batch.AcknowledgedAtWrite} before the batch from {before + 1} was committed");
        Assert.All(keys, k => Assert.True(_bot.Store.WasProcessed(k)));
        await RunningBot.UntilAsync(() => Enumerable.Range(0, People).All(i => _fake.Sent.Any(m => m.ChatId == 6301 + i)));
        Assert.All(Enumerable.Range(0, People), i => Assert.Single(_fake.Sent, m => m.ChatId == 6301 + i));
        Assert.Empty(_fake.Redelivered);
    }
}
