using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Support;
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
}
