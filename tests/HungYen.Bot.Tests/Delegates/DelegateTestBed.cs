using System.Text;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Support;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Delegates;

/// <summary>A bot with the delegates feature and a small invitation list the office has imported.</summary>
public static class DelegateTestBed
{
    public const string Import = "📋 Nhập danh sách đại biểu";
    public const string Invitation = "📨 Giấy mời: xác nhận tham dự Hội nghị";
    public const string OfficePhone = "0221 3862 345";

    public const string ListCsv =
        "Họ tên,Chức vụ,Cơ quan/đơn vị,Số điện thoại,Nhóm,Ghi chú\n" +
        "Nguyễn Văn An,Phó Chủ tịch,UBND tỉnh,0912345678,Lãnh đạo UBND tỉnh,\n" +
        "Trần Thị Bình,Chánh Văn phòng,Văn phòng UBND tỉnh,+84 983.111.222,Văn phòng UBND tỉnh,\n" +
        "Lê Văn Cường,Trưởng ban,Ban Thi đua - Khen thưởng,84377000111,Sở Nội vụ,Ghi chú\n";

    /// <param name="scheduling">With the scheduler too, for the reminders and notices it sends.</param>
    public static ChatHarness Create(Dictionary<string, string?>? config = null, string? databasePath = null, bool scheduling = false)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:Username"] = "HungYenBot",
            ["Office:Phone"] = OfficePhone,
        };
        Settings.Merge(settings, config);

        return new ChatHarness(settings, services: s =>
        {
            s.AddDelegates();
            if (scheduling)
            {
                s.AddScheduling();
            }
        }, databasePath: databasePath);
    }

    /// <summary>Hà Nội's offset, in which the tests' conference dates are written.</summary>
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>
    /// A bot with the delegates feature and the scheduler, for the conference on 18/12/2026 08:00 at the Sở's hall (the
    /// reminder tests' opening), with <paramref name="config"/> written over those settings.
    /// </summary>
    public static ChatHarness CreateWithReminders(Dictionary<string, string?>? config = null, string? databasePath = null) =>
        Create(
            Settings.Merge(
                new()
                {
                    ["Conference:Start"] = "2026-12-18T08:00",
                    ["Conference:Venue"] = "Hội trường Sở KH&CN",
                },
                config),
            databasePath,
            scheduling: true);

    public static async Task<Reply> ImportAsync(ChatHarness bot, string csv = ListCsv, string fileName = "danh-sach.csv")
    {
        await bot.Admin.Says("/start");
        await bot.Admin.Presses(Import);
        return await bot.Admin.SendsFile(fileName, Encoding.UTF8.GetBytes(csv));
    }

    public static Delegate Find(ChatHarness bot, string name) => bot.Store.Query<Delegate>().Single(d => d.FullName == name);

    /// <summary>Opens the personal link as a new person and returns the Giấy mời.</summary>
    public static Task<Reply> OpensLinkAsync(ChatUser user, Delegate @delegate) => user.Says($"/start {@delegate.Token}");

    /// <summary>Given the office imported the list and <paramref name="name"/> opened their personal link: the person, at the Giấy mời.</summary>
    public static async Task<ChatUser> GivenAnInvitedDelegateAsync(this ChatHarness bot, string name = "Nguyễn Văn An", string id = "an")
    {
        await ImportAsync(bot);
        var user = bot.User(id);
        await OpensLinkAsync(user, Find(bot, name));
        return user;
    }

    /// <summary>Given the office imported the list and <paramref name="name"/> confirmed attendance by their link: the person.</summary>
    public static async Task<ChatUser> GivenAnAttendingDelegateAsync(this ChatHarness bot, string name = "Nguyễn Văn An", string id = "an")
    {
        await ImportAsync(bot);
        var user = bot.User(id);
        await AttendsAsync(bot, user, name);
        return user;
    }

    /// <summary>Given the office named test:staff a check-in staffer (and the staffer was told): the staffer.</summary>
    public static async Task<ChatUser> GivenACheckInStafferAsync(this ChatHarness bot)
    {
        var reply = await bot.Admin.Says("/diemdanh_canbo test:staff");
        Assert.Contains("Đã giao test:staff làm cán bộ điểm danh", reply.Text);
        Assert.Contains("cán bộ điểm danh", bot.InboxOf("staff")[^1].Text);
        return bot.User("staff", "Cán bộ lễ tân");
    }

    /// <summary>At the Giấy mời, the delegate sends <paramref name="name"/> (Phó Chánh Văn phòng) in their place and confirms.</summary>
    public static async Task<Reply> SendsASubstituteAsync(this ChatUser user, string name = "Phạm Văn Đức", string phone = "0868123456")
    {
        await user.Presses("👤 Cử người đi thay");
        await user.Says(name);
        await user.Says("Phó Chánh Văn phòng");
        await user.Says(phone);
        return await user.Presses("✅ Xác nhận");
    }

    /// <summary>The list imported; someone the bot does not know yet opens the menu's Giấy mời and is asked who they are.</summary>
    public static async Task<(ChatUser User, Reply Ask)> GivenAskedWhoTheyAreAsync(this ChatHarness bot, string id)
    {
        await ImportAsync(bot);
        var user = bot.User(id);
        await user.Says("/start");
        return (user, await user.Presses(Invitation));
    }

    /// <summary>The delegate opens their Giấy mời from the menu and declines, giving no reason.</summary>
    public static async Task<Reply> DeclinesFromTheMenuAsync(this ChatUser user)
    {
        await user.Says("/start");
        await user.Presses(Invitation);
        await user.Presses("❌ Không tham dự");
        await user.Presses("Bỏ qua");
        return await user.Presses("✅ Xác nhận");
    }

    /// <summary>Recognised by link, answers "attend" and confirms.</summary>
    public static async Task<Reply> AttendsAsync(ChatHarness bot, ChatUser user, string name)
    {
        await OpensLinkAsync(user, Find(bot, name));
        await user.Presses("✅ Tham dự");
        return await user.Presses("✅ Xác nhận");
    }
}
