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
        await ImportAsync(bot);
        await AttendsAsync(bot, bot.User("an"), "Nguyễn Văn An");

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
    public async Task AnAwardee_IsNeverWaitListed_EvenWhenEveryGroupIsOpen()
    {
        using var bot = Create(new() { ["Conference:Capacity"] = "1" });
        await ImportAsync(bot);
        await AttendsAsync(bot, bot.User("an"), "Nguyễn Văn An");
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

    private static async Task<Support.Reply> OpensAndChoosesAttendAsync(Support.ChatHarness bot, string user, string name)
    {
        var person = bot.User(user);
        await OpensLinkAsync(person, Find(bot, name));
        return await person.Presses("✅ Tham dự");
    }
}
