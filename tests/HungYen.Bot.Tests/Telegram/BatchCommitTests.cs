using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Telegram;

/// <summary>
/// A poll's batch: the turns of its people are committed together (issue 20), and the batch is acknowledged (the next
/// getUpdates' offset) only once that commit has returned.
/// </summary>
public sealed class BatchCommitTests() : RealHostTest("hy-batch")
{
    private static readonly long[] People = [6301, 6302, 6303];

    [Fact]
    public async Task PollBatch_ThreePeople_CommittedInOneTransaction_AcknowledgedOnlyAfterThatCommitReturns()
    {
        foreach (var person in People)
        {
            await new TelegramChat(Fake, person, "Trần Thị Bình").ConsentsAsync();
        }

        var store = Bot.Host.Services.GetRequiredService<LiteDbRecordStore>();
        var first = Fake.LastDelivered + 1;
        var keys = People.Select((_, i) => $"telegram:{first + i}").ToHashSet();
        using var held = new ManualResetEventSlim(false);
        using var release = new ManualResetEventSlim(false);
        IReadOnlyList<string?> written = [];
        store.WritingGroup = group =>
        {
            if (group.Any(c => keys.Contains(c.ProcessedUpdateKey ?? "")))
            {
                written = [.. group.Select(c => c.ProcessedUpdateKey)];
                held.Set();
                release.Wait(RunningBot.Wait); // the disk is slow: the commit has not returned yet
            }
        };

        Fake.UsersSay(People.Select(p => (p, "/id"))); // one batch
        Assert.True(held.Wait(RunningBot.Wait), "the batch's commit did not start");
        var polls = Fake.RequestCount("getUpdates");
        await Task.Delay(300);

        Assert.Equal(keys.Order(), written.Order()); // the three turns in one transaction
        Assert.True(Fake.ConfirmedOffset <= first, "the batch was acknowledged before its commit returned");
        Assert.Equal(polls, Fake.RequestCount("getUpdates")); // the poller waits for the commit, asking for nothing
        Assert.DoesNotContain(Fake.Sent, m => m.Text.Contains("telegram:6301")); // no reply before the turn is stored

        release.Set();
        await RunningBot.UntilAsync(() => Fake.ConfirmedOffset == first + People.Length);

        foreach (var person in People)
        {
            await Fake.WaitForMessageAsync(m => m.ChatId == person && m.Text.Contains($"telegram:{person}"), RunningBot.Wait);
            Assert.Single(Fake.Sent, m => m.ChatId == person && m.Text.Contains($"telegram:{person}"));
        }

        Assert.All(keys, k => Assert.True(Bot.Store.WasProcessed(k)));
        Assert.Empty(Fake.Redelivered);
    }

    [Fact]
    public async Task PollBatch_APersonTwiceInIt_TheSecondTurnSeesTheFirst_AndEachIsAppliedOnce()
    {
        var store = Bot.Host.Services.GetRequiredService<LiteDbRecordStore>();
        var groups = new List<int>();
        store.WritingGroup = group =>
        {
            lock (groups)
            {
                groups.Add(group.Count(c => c.ProcessedUpdateKey is not null));
            }
        };

        // the personal-data notice, the consent pressed as its number, and /id, for two people, in one batch
        Fake.UsersSay(People.Take(2).SelectMany(p => new[] { (p, "/start") }).Concat(People.Take(2).Select(p => (p, "1"))).Concat(People.Take(2).Select(p => (p, "/id"))));

        foreach (var person in People.Take(2))
        {
            await Fake.WaitForMessageAsync(m => m.ChatId == person && m.Text.Contains($"telegram:{person}"), RunningBot.Wait);
            Assert.Single(Fake.Sent, m => m.ChatId == person && m.Text.Contains("Cảm ơn đồng chí đã đồng ý"));
            Assert.NotNull(Bot.Store.Find<HungYen.Bot.Core.Privacy.Consent>($"telegram:{person}"));
        }

        lock (groups)
        {
            Assert.Contains(2, groups); // the two people's turns of a round committed together
        }
    }
}
