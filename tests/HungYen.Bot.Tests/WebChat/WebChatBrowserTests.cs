using System.Text;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.WebChat;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HungYen.Bot.Tests.WebChat;

/// <summary>The web chat in a real browser (headless Chromium at 360 px) against the real host, as a delegate or a unit's staffer uses it.</summary>
public sealed class WebChatBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task Delegate_OpensPersonalLink_ConsentsAttendsAndDownloadsTheCalendar()
    {
        await using var bot = await WebBot.StartAsync();
        var invited = bot.SeedDelegate("Nguyễn Văn An", "<b>Phó Chủ tịch</b>", "UBND huyện <img src=x>", "0912345678");
        var phone = await chromium.PhoneAsync(bot);

        await phone.OpensAsync(bot.Link(invited.Token));

        Assert.Equal(bot.PageUrl, phone.Url); // the token is not left in the address bar
        await phone.SeesAsync("Thông báo về xử lý dữ liệu cá nhân");
        await phone.ScreenshotAsync("1-dong-y");
        await phone.PressesAsync("✅ Đồng ý", "✅ Tham dự");
        await Expect(phone.Page.Locator(".msg", new PageLocatorOptions { HasTextString = "Kính chào đồng chí Nguyễn Văn An" })).ToHaveCountAsync(1);
        await phone.ScreenshotAsync("2-giay-moi");
        await phone.PressesAsync("✅ Tham dự", "✅ Xác nhận");
        await phone.PressesAsync("✅ Xác nhận", "điểm danh");
        await Expect(phone.Page.Locator("a.file", new PageLocatorOptions { HasTextString = "hoi-nghi.ics" })).ToHaveCountAsync(1);
        await phone.ScreenshotAsync("3-confirmed");

        var download = await phone.DownloadsAsync("hoi-nghi.ics");
        Assert.Equal("hoi-nghi.ics", download.SuggestedFilename);
        var calendar = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("BEGIN:VCALENDAR", calendar);
        Assert.Contains("Asia/Ho_Chi_Minh", calendar);

        var saved = bot.Find(invited.Id);
        Assert.Equal(RsvpStatus.Attending, saved.Status);
        Assert.StartsWith("web:", Assert.Single(saved.Addresses));

        // Names are text, never markup: the injected tags are shown as typed and no element was made of them.
        Assert.Equal(0, await phone.Page.Locator("#log b, #log img[src='x']").CountAsync());
        await Expect(phone.Page.Locator("#log")).ToContainTextAsync("<b>Phó Chủ tịch</b>");
    }

    [Fact]
    public async Task Delegate_SecondDevice_JoinsTheSamePersonAndSeesTheConversation()
    {
        await using var bot = await WebBot.StartAsync();
        var invited = bot.SeedDelegate("Trần Thị Bình", "Giám đốc", "Sở Tài chính", "0987654321");
        var phone = await chromium.PhoneAsync(bot);
        await phone.OpensAsync(bot.Link(invited.Token));
        await phone.PressesAsync("✅ Đồng ý", "✅ Tham dự");
        await phone.PressesAsync("✅ Tham dự", "✅ Xác nhận");
        await phone.PressesAsync("✅ Xác nhận", "điểm danh");

        var desk = await chromium.PhoneAsync(bot);
        await desk.OpensAsync(bot.Link(invited.Token));

        await desk.SeesAsync("Trả lời hiện tại của đồng chí: Tham dự");
        await Expect(desk.Page.Locator("a.file", new PageLocatorOptions { HasTextString = "hoi-nghi.ics" })).ToHaveCountAsync(1); // the history came along
        var sessions = bot.Store.Query<WebChatSession>();
        Assert.Equal(2, sessions.Count);
        Assert.Single(sessions.Select(s => s.PersonId).Distinct());
        Assert.Equal([$"web:{sessions[0].PersonId}"], bot.Find(invited.Id).Addresses);
        Assert.Equal(RsvpStatus.Attending, bot.Find(invited.Id).Status);
    }

    [Fact]
    public async Task Delegate_LinkAlreadyUsedOnTelegram_IsRefusedOnTheWebAndTheOfficeTold()
    {
        await using var bot = await WebBot.StartAsync();
        var invited = bot.SeedDelegate("Lê Văn Cường", "Trưởng phòng", "Sở Nội vụ", "0911222333", "telegram:777");
        var phone = await chromium.PhoneAsync(bot);

        await phone.OpensAsync(bot.Link(invited.Token));
        await phone.PressesAsync("✅ Đồng ý", "đã được một tài khoản khác sử dụng");

        await bot.Telegram.WaitForMessageAsync(m => m.ChatId == Support.RunningBot.AdminChat && m.Text.Contains("Lê Văn Cường"), Support.RunningBot.Wait);
        Assert.Equal(["telegram:777"], bot.Find(invited.Id).Addresses);
    }

    [Fact]
    public async Task UnitStaffer_EnrolmentLink_WholeNominationWithPdf_SurvivesReloadAndARetriedPost()
    {
        await using var bot = await WebBot.StartAsync();
        var pdf = Encoding.UTF8.GetBytes("%PDF-1.7 báo cáo thành tích");
        var staffer = await chromium.PhoneAsync(bot);

        await staffer.OpensAsync(bot.Link(bot.EnrolmentCode("QLKH")));
        await staffer.PressesAsync("✅ Đồng ý", "Phòng Quản lý khoa học");
        await staffer.SaysAsync("/decu", "Giấy khen của Giám đốc Sở");
        await staffer.PressesAsync("Giấy khen của Giám đốc Sở", "👤 Cá nhân");
        await staffer.PressesAsync("👤 Cá nhân", "họ và tên");

        // Flaky 3G: the server applies the first post but its answer never reaches the page, which posts again.
        var attempts = 0;
        await staffer.Page.RouteAsync("**/w/api/messages", async route =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                await route.FetchAsync();
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });
        await staffer.SaysAsync("nguyễn  văn an", "Nam");
        await Support.RunningBot.UntilAsync(() => Volatile.Read(ref attempts) >= 2);
        await Expect(staffer.Page.Locator("#status")).ToBeHiddenAsync(); // the retry was answered
        await staffer.Page.UnrouteAsync("**/w/api/messages");
        Assert.Equal(1, await staffer.MyMessages.Filter(new LocatorFilterOptions { HasTextString = "nguyễn  văn an" }).CountAsync());
        Assert.Equal(1, await staffer.BotMessages.Filter(new LocatorFilterOptions { HasTextString = "Nữ" }).CountAsync());

        await staffer.PressesAsync("Nam", "năm sinh");
        await staffer.Page.ReloadAsync();
        await staffer.SeesAsync("năm sinh"); // mid-wizard after a reload: the history and the question are back
        await Expect(staffer.MyMessages.Filter(new LocatorFilterOptions { HasTextString = "nguyễn  văn an" })).ToHaveCountAsync(1);
        await staffer.SaysAsync("1985", "chức vụ");
        await staffer.SaysAsync("Phó Trưởng phòng", "đơn vị công tác");
        await staffer.SaysAsync("Phòng Quản lý khoa học", "phong trào");
        await staffer.SaysAsync("1", "tóm tắt");
        await staffer.SaysAsync("Chủ trì 02 nhiệm vụ khoa học cấp tỉnh, 01 sáng kiến được công nhận.", "báo cáo thành tích");
        await staffer.ScreenshotAsync("4-gui-tep");
        await staffer.SendsFileAsync("bao-cao.pdf", "application/pdf", pdf, "✅ Dùng nội dung này");
        await staffer.PressesAsync("✅ Dùng nội dung này", "xếp loại mức độ hoàn thành nhiệm vụ");
        await staffer.PressesAsync("Cả 2 năm: Hoàn thành xuất sắc nhiệm vụ", "Khen thưởng đã nhận");
        await staffer.PressesAsync("Chưa có", "Số điện thoại");
        await staffer.SaysAsync("0912345678", "✅ Tôi xác nhận");
        await staffer.PressesAsync("✅ Tôi xác nhận", "• Báo cáo thành tích: bao-cao.pdf");
        await staffer.ScreenshotAsync("5-xem-lai");
        await staffer.PressesAsync("✅ Gửi hồ sơ", "✅ Đã gửi hồ sơ GK-CN-001");

        var nomination = bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.Equal("Nguyễn Văn An", nomination.Name);
        Assert.Equal("QLKH", nomination.UnitCode);
        Assert.Equal(pdf, bot.Store.ReadFile(nomination.FileId!)!.Content);
        Assert.StartsWith("web:", Assert.Single(nomination.History).By);
    }

    [Fact]
    public async Task Office_RevokesABrowserSession_ThePageEndsAndTheCookieNoLongerWorks()
    {
        await using var bot = await WebBot.StartAsync();
        var phone = await chromium.PhoneAsync(bot);
        await phone.OpensAsync(bot.PageUrl);
        await phone.PressesAsync("✅ Đồng ý", "Xin đồng chí chọn việc cần làm");
        var person = bot.Store.Query<WebChatSession>().Single().PersonId;
        var office = new Support.TelegramChat(bot.Telegram, Support.RunningBot.AdminChat, "Văn phòng Sở");
        await office.ConsentsAsync();

        var listed = await office.Says("/web_phien", $"web:{person}");
        Assert.Contains($"Đường dẫn chung của trang trò chuyện: {bot.PageUrl}", listed.Text);
        await office.Says($"/web_thuhoi web:{person}", "Đã thu hồi 1 phiên trình duyệt");

        await Expect(phone.Page.Locator("#status")).ToContainTextAsync("đã bị thu hồi");
        Assert.Empty(bot.Store.Query<WebChatSession>(s => s.PersonId == person));

        // The old cookie opens nothing of the old conversation: the browser starts over as someone new, at the notice.
        await phone.Page.ReloadAsync();
        await phone.SeesAsync("Thông báo về xử lý dữ liệu cá nhân");
        Assert.Equal(0, await phone.Page.Locator(".msg", new PageLocatorOptions { HasTextString = "Xin đồng chí chọn việc cần làm" }).CountAsync());
        Assert.NotEqual(person, bot.Store.Query<WebChatSession>().Single().PersonId);
    }
}
