using System.Diagnostics;
using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using Xunit.Abstractions;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// Issue 14, point 6: an interactive reply is never queued behind another chat's bulk pacing. A broadcast of three
/// notices to each of 60 delegates (paced at the default 25 messages a second, one second apart per chat) takes
/// seconds; meanwhile another person's /id is answered within a second, each delegate gets their notices in order, and
/// a 429 still pauses every send for its retry_after. Through the real host (fake Bot API on loopback, LiteDB on disk).
/// </summary>
public sealed class BulkPacingTests(ITestOutputHelper output) : RealHostTest("hy-bulkpacing")
{
    private const long Person = 5_200_001;
    private const long FirstDelegate = 5_300_000;
    private const int Delegates = 60;
    private const int NoticesEach = 3;

    // The production pacing (the test settings send as fast as they can).
    protected override IDictionary<string, string?> HostSettings => new Dictionary<string, string?> { ["Sender:MessagesPerSecond"] = "25", ["Sender:BulkIntervalPerChatSeconds"] = "1" };

    [Fact]
    public async Task BroadcastToSixtyUnderPacing_AnotherPersonsIdAnsweredWithinASecond_EachChatInOrder()
    {
        var person = new TelegramChat(Fake, Person, "Nguyễn Văn An");
        await person.ConsentsAsync();
        var broadcast = Stopwatch.StartNew();
        Broadcast(Bot.Store);
        await Waiting.UntilAsync(() => BroadcastSent() >= 20, "the broadcast under way");

        var waited = Stopwatch.StartNew();
        Fake.UserSays(Person, "/id", "Nguyễn Văn An");
        await Fake.WaitForMessageAsync(m => m.ChatId == Person && m.Text.Contains("Mã định danh của đồng chí là", StringComparison.Ordinal), TimeSpan.FromMinutes(1));
        var answered = waited.Elapsed;
        var sentBefore = BroadcastSent();

        await Waiting.UntilAsync(() => BroadcastSent() == Delegates * NoticesEach, "the whole broadcast", TimeSpan.FromMinutes(1));
        output.WriteLine($"broadcast of {Delegates * NoticesEach} notices to {Delegates} chats: {broadcast.Elapsed.TotalMilliseconds:N0} ms; another person's /id answered in {answered.TotalMilliseconds:N0} ms with {sentBefore} notices sent");
        Assert.True(answered < TimeSpan.FromSeconds(1), $"/id answered after {answered.TotalMilliseconds:N0} ms");
        Assert.True(sentBefore < Delegates * NoticesEach, "the broadcast was over before /id was answered: the test proves nothing");
        for (var d = 0; d < Delegates; d++)
        {
            var chat = FirstDelegate + d;
            var received = Fake.Sent.Where(m => m.ChatId == chat).ToList();
            Assert.Equal(Enumerable.Range(1, NoticesEach).Select(n => Notice(n)), received.Select(m => m.Text));
            for (var n = 1; n < received.Count; n++)
            {
                Assert.True(received[n].At - received[n - 1].At >= TimeSpan.FromMilliseconds(900), $"chat {chat}: notices {n} and {n + 1} only {(received[n].At - received[n - 1].At).TotalMilliseconds} ms apart");
            }
        }
    }

    [Fact]
    public async Task BroadcastUnderPacing_A429_PausesEverySendForItsRetryAfter_NothingLostOrDoubled()
    {
        Broadcast(Bot.Store);
        await Waiting.UntilAsync(() => BroadcastSent() >= 10, "the broadcast under way");

        Fake.FailNextWith429(1, retryAfterSeconds: 2, method: "sendMessage");
        await Waiting.UntilAsync(() => Fake.Count429 == 1, "the 429");
        var limitedAt = DateTimeOffset.UtcNow;

        await Waiting.UntilAsync(() => BroadcastSent() == Delegates * NoticesEach, "the whole broadcast", TimeSpan.FromMinutes(1));
        var duringPause = Fake.Sent.Count(m => m.At > limitedAt + TimeSpan.FromMilliseconds(300) && m.At < limitedAt + TimeSpan.FromMilliseconds(1800));
        output.WriteLine($"{duringPause} messages sent during the 2 s pause");
        Assert.Equal(0, duringPause);
        Assert.Equal(Delegates * NoticesEach, Fake.Sent.Where(m => m.ChatId >= FirstDelegate).Select(m => (m.ChatId, m.Text)).Distinct().Count());
    }

    private static string Notice(int number) => $"Thông báo số {number} về Hội nghị.";

    private int BroadcastSent() => Fake.Sent.Count(m => m.ChatId >= FirstDelegate);

    /// <summary>Bulk notices, queued as the scheduler and the office's broadcasts queue them: in one commit.</summary>
    private static void Broadcast(IRecordStore store)
    {
        var changes = new ChangeSet();
        for (var n = 1; n <= NoticesEach; n++)
        {
            for (var d = 0; d < Delegates; d++)
            {
                var to = new ChatAddress("telegram", (FirstDelegate + d).ToString(System.Globalization.CultureInfo.InvariantCulture));
                changes.Send(to, new OutgoingMessage(Notice(n)), DateTimeOffset.UtcNow, bulk: true);
            }
        }

        store.Commit(changes);
    }
}
