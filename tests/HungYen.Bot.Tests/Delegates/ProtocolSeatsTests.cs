using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Storage;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Delegates;

public sealed class ProtocolSeatsTests
{
    [Fact]
    public async Task OnlyOpenGroupsWait_LeadersGetASeat_HallFullIsSaidBeforeConfirming()
    {
        using var bot = Create(new() { ["Conference:Capacity"] = "1", ["Conference:OpenGroups:0"] = "Sở Nội vụ" });
        await bot.GivenAnAttendingDelegateAsync();

        var leaderReview = await OpensAndChoosesAttendAsync(bot, "binh", "Trần Thị Bình");
        await bot.User("binh").Presses("✅ Xác nhận");
        var openReview = await OpensAndChoosesAttendAsync(bot, "cuong", "Lê Văn Cường");
        await bot.User("cuong").Presses("✅ Xác nhận");

        Assert.DoesNotContain("Hội trường đã đủ", leaderReview.Text);
        Assert.Equal(RsvpStatus.Attending, Find(bot, "Trần Thị Bình").Status);
        Assert.Contains("⚠️ Hội trường đã đủ 1 chỗ. Nếu xác nhận, đồng chí được ghi vào danh sách chờ", openReview.Text);
        Assert.Equal(RsvpStatus.Waiting, Find(bot, "Lê Văn Cường").Status);
    }

    [Fact]
    public async Task ReservedSeats_AreKeptForTheirGroup_AndAFreedSeatIsOfferedWithAButton()
    {
        using var bot = Create(new()
        {
            ["Conference:Capacity"] = "2",
            ["Conference:OpenGroups:0"] = "Văn phòng UBND tỉnh",
            ["Conference:OpenGroups:1"] = "Sở Nội vụ",
            ["Conference:ReservedSeats:Lãnh đạo UBND tỉnh"] = "1",
        });
        await bot.GivenAnAttendingDelegateAsync("Trần Thị Bình", "binh");
        var full = await OpensAndChoosesAttendAsync(bot, "cuong", "Lê Văn Cường");
        await bot.User("cuong").Presses("✅ Xác nhận");
        await AttendsAsync(bot, bot.User("an"), "Nguyễn Văn An");

        Assert.Contains("Hội trường đã đủ 2 chỗ", full.Text);
        Assert.Equal(RsvpStatus.Waiting, Find(bot, "Lê Văn Cường").Status);
        Assert.Null(Find(bot, "Lê Văn Cường").SeatOfferedAt); // the free seat is the leaders' reserved one
        Assert.Equal(RsvpStatus.Attending, Find(bot, "Nguyễn Văn An").Status);

        var binh = bot.User("binh");
        await OpensLinkAsync(binh, Find(bot, "Trần Thị Bình"));
        await binh.Presses("❌ Không tham dự");
        await binh.Presses("Bỏ qua");
        await binh.Presses("✅ Xác nhận");

        Assert.Equal(RsvpStatus.Declined, Find(bot, "Trần Thị Bình").Status);
        Assert.NotNull(Find(bot, "Lê Văn Cường").SeatOfferedAt);
        await bot.FlushAsync();
        var offer = bot.InboxOf("cuong").Last(m => m.Text.Contains("chỗ trống", StringComparison.Ordinal));
        Assert.Contains("vừa có chỗ trống", offer.Text);
        Assert.Equal(["✅ Nhận chỗ", "❌ Nhường chỗ"], offer.Labels);
    }

    [Fact]
    public async Task AnAwardee_IsNeverWaitListed_EvenWhenEveryGroupIsOpen()
    {
        using var bot = Create(new() { ["Conference:Capacity"] = "1" });
        await bot.GivenAnAttendingDelegateAsync();
        var binh = Find(bot, "Trần Thị Bình");
        binh.AwardeeFor = "GK-CN-001";
        var changes = new ChangeSet();
        changes.Upsert(binh);
        bot.Store.Commit(changes);

        var review = await OpensAndChoosesAttendAsync(bot, "binh", "Trần Thị Bình");
        await bot.User("binh").Presses("✅ Xác nhận");
        await AttendsAsync(bot, bot.User("cuong"), "Lê Văn Cường");

        Assert.DoesNotContain("Hội trường đã đủ", review.Text);
        Assert.Equal(RsvpStatus.Attending, Find(bot, "Trần Thị Bình").Status);
        Assert.Equal(RsvpStatus.Waiting, Find(bot, "Lê Văn Cường").Status);
    }

    [Fact]
    public async Task Counts_SeparateInvitedSubstitutesAndSeats_AndADeclineIsToldToTheOffice()
    {
        using var bot = Create(new() { ["Conference:Capacity"] = "5" });
        var an = await bot.GivenAnInvitedDelegateAsync();
        await an.SendsASubstituteAsync();
        var binh = bot.User("binh");
        await OpensLinkAsync(binh, Find(bot, "Trần Thị Bình"));
        await binh.Presses("❌ Không tham dự");
        await binh.Says("Trùng lịch công tác");
        await binh.Presses("✅ Xác nhận");

        var summary = await bot.Admin.Says("/daibieu");

        Assert.Contains("Tổng hợp Giấy mời: 3 đại biểu\n• Được mời: 3; người đi thay: 1\n• Chỗ ngồi đã giữ: 1/5", summary.Text);
        Assert.Contains(bot.InboxOf("admin"), m => m.Text == "Đ/c Trần Thị Bình (Văn phòng UBND tỉnh) không tham dự Hội nghị; lý do: Trùng lịch công tác.");
    }

    [Fact]
    public async Task OnceIdentified_TheGreetingUsesTheNameOnTheList()
    {
        using var bot = Create();
        await ImportAsync(bot);
        var an = bot.User("an", "Anh Ba Zalo");
        await OpensLinkAsync(an, Find(bot, "Nguyễn Văn An"));

        var reply = await an.Says("/start");

        Assert.Contains("Kính chào đồng chí Nguyễn Văn An!", reply.Text);
        Assert.DoesNotContain("Anh Ba Zalo", reply.Text);
    }

    private static async Task<Support.Reply> OpensAndChoosesAttendAsync(Support.ChatHarness bot, string user, string name)
    {
        var person = bot.User(user);
        await OpensLinkAsync(person, Find(bot, name));
        return await person.Presses("✅ Tham dự");
    }
}
