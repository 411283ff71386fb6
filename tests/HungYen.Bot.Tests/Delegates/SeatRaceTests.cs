using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Delegates;

/// <summary>
/// Delegates answering at the same moment (the Giấy mời went out to all at once) arrive in one poll's batch, whose turns
/// are committed together: the last seats still go to as many as there are, the rest wait.
/// </summary>
public sealed class SeatRaceTests() : RealHostTest("hy-seat-race")
{
    private static readonly long[] People = [8301, 8302, 8303, 8304];

    protected override IDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Conference:Start"] = "2099-12-18T08:00",
        ["Conference:Venue"] = "Hội trường Sở KH&CN",
        ["Conference:Capacity"] = "2",
    };

    [Fact]
    public async Task FourDelegatesConfirmInOneBatch_TwoSeats_TwoAttendAndTwoWait()
    {
        var chats = new List<TelegramChat>();
        foreach (var person in People)
        {
            var id = $"dg{person}";
            var changes = new ChangeSet();
            changes.Upsert(new Delegate
            {
                Id = id,
                FullName = $"Đại biểu {person}",
                Position = "Chuyên viên",
                Organization = "UBND tỉnh",
                Phone = "0912345678",
                Token = DelegateCodes.NewToken(),
                InviteCode = DelegateCodes.NewShortCode(),
                CheckInCode = DelegateCodes.NewShortCode(),
            });
            Bot.Store.Commit(changes);
            var chat = new TelegramChat(Fake, person, "Đại biểu");
            await chat.Says($"/start {Bot.Store.Find<Delegate>(id)!.Token}", "Thông báo về xử lý dữ liệu cá nhân");
            await chat.Presses("✅ Đồng ý", "Hội trường Sở KH&CN");
            await chat.Presses("✅ Tham dự", "Số điện thoại: 0912345678");
            chats.Add(chat);
        }

        Fake.UsersSay(People.Select(p => (p, "✅ Xác nhận"))); // one batch: the four answers committed together
        foreach (var chat in chats)
        {
            await Fake.WaitForMessageAsync(m => m.ChatId == chat.Id && (m.Text.Contains("đã xác nhận tham dự") || m.Text.Contains("danh sách chờ")), RunningBot.Wait);
        }

        var answers = Bot.Store.Query<Delegate>().Select(d => d.Status).ToList();
        Assert.Equal(2, answers.Count(s => s == RsvpStatus.Attending));
        Assert.Equal(2, answers.Count(s => s == RsvpStatus.Waiting));
        Assert.Equal(2, People.Count(p => Fake.Sent.Any(m => m.ChatId == p && m.Text.Contains("danh sách chờ"))));
    }

    [Fact]
    public async Task AnotherAnswerStoredWhileADelegateConfirmsTheLastSeat_TheTurnRunsAgain_AndTheyWait()
    {
        // One update at a time (a webhook, the web chat): another channel's turn stores Bình's seat between the count of
        // An's turn and its commit. An's commit is refused, the turn runs again, and counts Bình's seat.
        InterleavingStore? store = null;
        var settings = new Dictionary<string, string?> { ["Conference:Capacity"] = "1", ["Conference:Start"] = "2099-12-18T08:00", ["Bot:Username"] = "HungYenBot" };
        using var bot = new ChatHarness(settings, services: s =>
        {
            s.AddDelegates();
            var inner = (IRecordStore)s.Last(d => d.ServiceType == typeof(IRecordStore)).ImplementationInstance!;
            s.AddSingleton<IRecordStore>(store = new InterleavingStore(inner));
        });
        await DelegateTestBed.ImportAsync(bot);
        var an = bot.User("an");
        await DelegateTestBed.OpensLinkAsync(an, DelegateTestBed.Find(bot, "Nguyễn Văn An"));
        await an.Presses("✅ Tham dự");
        store!.BeforeCountedCommit = () =>
        {
            var binh = DelegateTestBed.Find(bot, "Trần Thị Bình");
            binh.Answer(RsvpStatus.Attending, DateTimeOffset.UtcNow, "test:binh");
            var changes = new ChangeSet();
            changes.Upsert(binh);
            bot.Store.Commit(changes);
        };

        var counted = store.CountedCommits;
        var reply = await an.Presses("✅ Xác nhận");

        Assert.Equal(counted + 2, store.CountedCommits); // refused once, then stored
        Assert.Contains("danh sách chờ", reply.Text);
        Assert.Equal(RsvpStatus.Waiting, DelegateTestBed.Find(bot, "Nguyễn Văn An").Status);
        Assert.Equal(RsvpStatus.Attending, DelegateTestBed.Find(bot, "Trần Thị Bình").Status);
    }

    /// <summary>The real store; before the first commit that counted a type's records, <see cref="BeforeCountedCommit"/> runs.</summary>
    private sealed class InterleavingStore(IRecordStore inner) : WrappedStore(inner)
    {
        public Action? BeforeCountedCommit { get; set; }

        public int CountedCommits { get; private set; }

        public override void Commit(ChangeSet changes)
        {
            if (changes.Expected.Any(e => e.Id is null))
            {
                CountedCommits++;
                var before = BeforeCountedCommit;
                BeforeCountedCommit = null;
                before?.Invoke();
            }

            base.Commit(changes);
        }
    }
}
