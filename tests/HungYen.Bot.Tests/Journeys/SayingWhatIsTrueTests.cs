using HungYen.Bot.Core.Conference;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Delegates;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Journeys;

/// <summary>Issue 19 ("saying what is true", scheduled messages that are right): each point as a transcript.</summary>
public sealed class SayingWhatIsTrueTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task Point10_PersonalDataViewEraseNoticeAndFileNames_AreVietnameseInLocalTime()
    {
        using var bot = Create();
        await DelegateTestBed.ImportAsync(bot);
        var an = bot.User("an");
        await DelegateTestBed.AttendsAsync(bot, an, "Nguyễn Văn An");
        var ha = await bot.StaffAsync("ha");

        await an.Says("/dulieu");
        var delegateView = await an.Presses("📄 Xem dữ liệu của tôi");
        await ha.Says("/dulieu");
        var staffView = await ha.Presses("📄 Xem dữ liệu của tôi");

        Assert.Contains("trả lời: Tham dự", delegateView.Text);
        Assert.Contains("ghi nhận lúc 24/11/2026 09:00", delegateView.Text); // 02:00 UTC
        Assert.Contains("đăng ký lúc 24/11/2026 09:00", staffView.Text);
        foreach (var english in new[] { "Attending", "UTC" })
        {
            Assert.DoesNotContain(english, delegateView.Text);
            Assert.DoesNotContain(english, staffView.Text);
        }

        await an.Says("/dulieu");
        await an.Presses("🗑 Xóa dữ liệu của tôi");
        await an.Presses("🗑 Đồng ý xóa");
        var notice = bot.InboxOf(ChatHarness.AdminId).Last(m => m.Text.Contains("yêu cầu xóa dữ liệu")).Text;
        Assert.Contains("trả lời «Tham dự» được giữ", notice);

        await ha.IndividualToReviewAsync();
        await ha.Presses("✅ Gửi hồ sơ");
        bot.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 6, 30, 0, Vietnam)); // still 24/11 in UTC
        var summary = await bot.Admin.Says("/baocao");
        var export = await bot.Admin.Says("/xuat");

        var files = summary.Messages.Concat(export.Messages).Select(m => m.Message.File?.FileName).OfType<string>().ToList();
        Assert.Contains("Danh sách đại biểu 25-11-2026.xlsx", files);
        Assert.Contains("Danh sách đề nghị khen thưởng 25-11-2026.xlsx", files);
        Assert.Contains("Danh sách đề nghị khen thưởng 25-11-2026 06h30.xlsx", files);
    }

    [Fact]
    public async Task Point11_WithdrawalConfirmationNamesTheDossier()
    {
        using var bot = Create();
        var ha = await bot.GivenAStafferWhoSubmittedAsync();

        await ha.Says("/hoso");
        await ha.Presses("GK-CN-001 · Nguyễn Văn An");
        var confirm = await ha.Presses("🗑 Rút hồ sơ");

        Assert.Contains("rút hồ sơ GK-CN-001 — Nguyễn Văn An (Giấy khen, cá nhân)?", confirm.Text);
    }

    [Fact]
    public async Task Point11_WrongCode_SaysHowManyTriesRemainBeforeTheLock()
    {
        using var bot = Create();
        var guest = bot.User("doan");

        var first = await guest.Says("/start SaiMa0xxxxxxxxxxxx");
        var fourth = await guest.Says("/start SaiMa1xxxxxxxxxxxx");
        await guest.Says("/start SaiMa2xxxxxxxxxxxx");
        var last = await guest.Says("/start SaiMa3xxxxxxxxxxxx");

        Assert.Contains("còn 4 lần nhập mã", first.Text);
        Assert.Contains("còn 3 lần nhập mã", fourth.Text);
        Assert.Contains("còn 1 lần nhập mã", last.Text);
        Assert.Contains("đã nhập sai mã nhiều lần", (await guest.Says("/start SaiMa4xxxxxxxxxxxx")).Text);
    }

    [Fact]
    public async Task Point11_UnitsListing_HasAHeadingAndTheConfiguredOrder()
    {
        using var bot = Create(new()
        {
            ["Nominations:Units:0:Code"] = "TTTT",
            ["Nominations:Units:0:Name"] = "Trung tâm Thông tin, thống kê, ứng dụng khoa học và công nghệ",
            ["Nominations:Units:0:Kind"] = "Đơn vị trực thuộc Sở",
            ["Nominations:Units:1:Code"] = "QLKH",
            ["Nominations:Units:1:Name"] = "Phòng Quản lý khoa học",
            ["Nominations:Units:1:Kind"] = "Phòng chuyên môn",
        });

        var reply = await bot.Admin.Says("/donvi");

        Assert.StartsWith("🏢 Danh sách 2 đơn vị theo thứ tự trong Kế hoạch", reply.Text);
        Assert.True(reply.Text.IndexOf("• TTTT", StringComparison.Ordinal) < reply.Text.IndexOf("• QLKH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Point16_ConferenceMovedIntoThePast_ThePurgeRunsLateOnceAndSaysSo()
    {
        using var bot = Create(new() { ["Conference:Start"] = "2026-12-18T08:00" });
        await DelegateTestBed.ImportAsync(bot);
        await DelegateTestBed.AttendsAsync(bot, bot.User("an"), "Nguyễn Văn An");
        await bot.TickAsync();

        // The office dates the conference in the past (the data came from an earlier conference): 90 days are over.
        var moved = bot.Services.GetRequiredService<ConferenceSchedule>().Override();
        moved.Start = new DateTime(2026, 7, 1, 8, 0, 0);
        var changes = new ChangeSet();
        changes.Upsert(moved);
        bot.Store.Commit(changes);
        await bot.TickAsync();
        await bot.TickAsync();

        var reports = (await bot.FlushAsync()).Where(m => m.ChatId == ChatHarness.AdminId && m.Text.Contains("hết thời hạn lưu trữ")).ToList();
        var report = Assert.Single(reports).Text;
        Assert.Contains("lẽ ra thực hiện ngày 30/09/2026", report);
        Assert.Equal("", DelegateTestBed.Find(bot, "Nguyễn Văn An").Phone);
    }

    [Fact]
    public async Task Point18_Summary_CountsFromTheLastSentNamesWhoCannotBeRemindedAndSaysWhenLateOrPast()
    {
        using var bot = Create(new() { ["Conference:RsvpDeadline"] = "2026-11-24T12:00" });
        await DelegateTestBed.ImportAsync(bot);
        await DelegateTestBed.AttendsAsync(bot, bot.User("an"), "Nguyễn Văn An");
        var ha = await bot.GivenAStafferWhoSubmittedAsync();
        await bot.TickAsync();
        await bot.TickAtAsync(new DateTimeOffset(2026, 11, 24, 17, 0, 0, Vietnam));
        await bot.FlushAsync();

        bot.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 18, 0, 0, Vietnam));
        await ha.IndividualToReviewAsync(name: "Trần Thị Bình");
        await ha.Presses("✅ Gửi hồ sơ");
        bot.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 19, 0, 0, Vietnam));
        var onDemand = (await bot.Admin.Says("/baocao")).Text;

        Assert.Contains("từ báo cáo gửi lúc 24/11/2026 17:00", onDemand);
        Assert.Contains("Mới hoặc thay đổi từ lần báo cáo trước: 1 (GK-CN-002)", onDemand);
        Assert.Contains("Hạn xác nhận tham dự: 24/11/2026 12:00 (đã qua)", onDemand);
        Assert.Contains("Hạn nộp hồ sơ đề xuất: 01/12/2026 17:00 (còn 7 ngày)", onDemand);
        Assert.Contains("bot không nhắc được (đề nghị gọi điện): Trung tâm Thông tin", onDemand);
        Assert.DoesNotContain("gọi điện): Phòng Quản lý khoa học", onDemand);
        Assert.Contains("Chưa từng liên hệ với bot (chưa mở Giấy mời), nên bot không nhắc được: 2", onDemand);
        Assert.Contains("• Trần Thị Bình — Văn phòng UBND tỉnh", onDemand[onDemand.IndexOf("Chưa từng liên hệ với bot:", StringComparison.Ordinal)..]);
        Assert.Contains("Kế hoạch: mỗi hình thức, đối tượng từ 05 đến 10 hồ sơ.", onDemand);
        Assert.DoesNotContain("gửi muộn", onDemand);

        await bot.TickAtAsync(new DateTimeOffset(2026, 11, 25, 19, 0, 0, Vietnam)); // down at 17:00, back at 19:00
        var late = (await bot.FlushAsync()).First(m => m.ChatId == ChatHarness.AdminId && m.Text.Contains("báo cáo tổng hợp")).Text;
        Assert.Contains("Báo cáo này gửi muộn: lẽ ra gửi lúc 25/11/2026 17:00", late);
        Assert.Contains("Mới hoặc thay đổi từ lần báo cáo trước: 1 (GK-CN-002)", late);
    }

    [Fact]
    public async Task Point20_UnitReminder_GreetsByNameSaysTomorrowAndTheCurrentCommand()
    {
        using var bot = Create();
        await bot.StaffAsync("ha", "QLKH", "Lê Thu Hà");
        await bot.TickAsync();

        await bot.TickAtAsync(new DateTimeOffset(2026, 11, 30, 17, 0, 0, Vietnam)); // the 1-day reminder: the deadline is 01/12 17:00
        var reminder = Assert.Single(await bot.FlushAsync(), m => m.ChatId == "ha").Text;

        Assert.StartsWith("Kính gửi đồng chí Lê Thu Hà:", reminder);
        Assert.Contains("Hạn gửi hồ sơ là 01/12/2026 17:00 (ngày mai)", reminder);
        Assert.Contains("/dexuat", reminder);
        Assert.DoesNotContain("/decu", reminder);
    }

    [Fact]
    public async Task Point20_UnitReminderOnTheLastMorning_SaysTodayNotOneDayLeft()
    {
        using var bot = Create(new() { ["Schedule:UnitReminderOffsets:0"] = "10:00" });
        await bot.StaffAsync("ha", "QLKH", "Lê Thu Hà");
        await bot.TickAsync();

        await bot.TickAtAsync(new DateTimeOffset(2026, 12, 1, 7, 0, 0, Vietnam)); // due 07:00, ten hours before the deadline
        var reminder = Assert.Single(await bot.FlushAsync(), m => m.ChatId == "ha").Text;

        Assert.Contains("(hôm nay)", reminder);
        Assert.DoesNotContain("còn 1 ngày", reminder);
    }

    [Fact]
    public async Task Point20_DelegateReminders_GreetByNameAndSayTomorrowThenToday()
    {
        using var bot = Create();
        await DelegateTestBed.ImportAsync(bot);
        await DelegateTestBed.AttendsAsync(bot, bot.User("an"), "Nguyễn Văn An");
        await DelegateTestBed.OpensLinkAsync(bot.User("binh"), DelegateTestBed.Find(bot, "Trần Thị Bình"));
        await bot.TickAsync();
        await bot.TickAtAsync(new DateTimeOffset(2026, 12, 15, 8, 0, 0, Vietnam));
        await bot.FlushAsync();

        await bot.TickAtAsync(new DateTimeOffset(2026, 12, 17, 8, 0, 0, Vietnam));
        var dayBefore = await bot.FlushAsync();
        await bot.TickAtAsync(new DateTimeOffset(2026, 12, 18, 7, 0, 0, Vietnam));
        var morning = await bot.FlushAsync();

        Assert.Contains(dayBefore, m => m.ChatId == "an" && m.Text.StartsWith("Kính gửi đồng chí Nguyễn Văn An: trân trọng nhắc đồng chí tham dự", StringComparison.Ordinal) && m.Text.Contains("vào ngày mai."));
        Assert.Contains(dayBefore, m => m.ChatId == "binh" && m.Text.StartsWith("Kính gửi đồng chí Trần Thị Bình:", StringComparison.Ordinal) && m.Text.Contains("Hội nghị diễn ra vào ngày mai"));
        Assert.Contains(morning, m => m.ChatId == "an" && m.Text.Contains("tham dự Hội nghị") && m.Text.Contains(" hôm nay."));
    }

    [Fact]
    public async Task Point8_SummaryExportAndUnitList_CountTheSameRecords()
    {
        using var bot = Create();
        var ha = await bot.StaffAsync("ha", "QLKH", "Lê Thu Hà");
        await ha.IndividualToReviewAsync();
        await ha.Presses("✅ Gửi hồ sơ");
        await ha.IndividualToReviewAsync(name: "Trần Văn Bình");
        await ha.Presses("✅ Gửi hồ sơ");
        var khanh = await bot.StaffAsync("khanh", "TTTT", "Vũ Văn Khánh");
        await khanh.IndividualToReviewAsync(name: "Phạm Thị Dung");
        await khanh.Presses("✅ Gửi hồ sơ");
        // The Council did not propose one of them: it is no longer counted anywhere.
        var notProposed = bot.Store.Find<Nomination>("GK-CN-002")!;
        notProposed.Status = NominationStatus.CouncilNotProposed; // as after checked, Council vote (not the subject here)
        var changes = new ChangeSet();
        changes.Upsert(notProposed);
        bot.Store.Commit(changes);

        var summary = (await bot.Admin.Says("/baocao")).Text;
        var export = (await bot.Admin.Says("/xuat")).Text;
        await ha.Says("/hoso");
        var unitList = ha.Inbox[^1].Text;

        Assert.Contains("Tổng số hồ sơ: 2;", summary);
        Assert.Contains("Giấy khen – cá nhân: 2/10", summary);
        Assert.Contains("Danh sách tổng hợp 2 hồ sơ đề xuất khen thưởng được tính", export);
        Assert.Contains("kèm 1 hồ sơ không được xét", export);
        Assert.Contains("Giấy khen – cá nhân: đơn vị 1; toàn Sở 2/10", unitList);
    }

    [Fact]
    public async Task Point9_EditNoticeSaysOldAndNewAndAWithdrawalSaysWho()
    {
        using var bot = Create();
        var ha = await bot.StaffAsync("ha", "QLKH", "Lê Thu Hà");
        await ha.IndividualToReviewAsync();
        await ha.Presses("✅ Gửi hồ sơ");

        await ha.Says("/hoso");
        await ha.Presses("GK-CN-001 · Nguyễn Văn An");
        await ha.Presses("✏️ Sửa hồ sơ");
        await ha.Presses("✏️ Sửa một mục");
        await ha.Presses("Chức vụ");
        await ha.Says("Trưởng phòng");
        await ha.Presses("✅ Gửi hồ sơ");
        var edited = bot.InboxOf(ChatHarness.AdminId).Last(m => m.Text.Contains("đã được chỉnh sửa")).Text;

        Assert.Contains("• Chức vụ: Phó Trưởng phòng → Trưởng phòng", edited);
        Assert.DoesNotContain("Họ và tên", edited);

        await ha.Says("/hoso");
        await ha.Presses("GK-CN-001 · Nguyễn Văn An");
        await ha.Presses("🗑 Rút hồ sơ");
        await ha.Presses("🗑 Đồng ý rút");
        Assert.Contains(bot.InboxOf(ChatHarness.AdminId), m => m.Text.Contains("đã rút hồ sơ GK-CN-001 — Nguyễn Văn An (Giấy khen, cá nhân)"));
    }

    [Fact]
    public async Task Point9_DuplicateAcrossUnits_BothUnitsAndTheReviewScreenSayIt()
    {
        using var bot = Create();
        var ha = await bot.StaffAsync("ha", "QLKH", "Lê Thu Hà");
        await ha.IndividualToReviewAsync();
        await ha.Presses("✅ Gửi hồ sơ");
        var khanh = await bot.StaffAsync("khanh", "TTTT", "Vũ Văn Khánh");
        await khanh.IndividualToReviewAsync(name: "Nguyễn Văn An");
        var submitted = await khanh.Presses("✅ Gửi hồ sơ");

        Assert.Contains("đã có trong hồ sơ khác (GK-CN-001)", submitted.Text);
        Assert.Contains(ha.Inbox, m => m.Text.Contains("vừa đề xuất Nguyễn Văn An (hồ sơ GK-CN-002), có thể trùng với hồ sơ của đơn vị đồng chí: GK-CN-001"));
        await bot.Admin.Says("/duyet");
        var review = await bot.Admin.Presses("GK-CN-002 · Nguyễn Văn An · TTTT");
        Assert.Contains("Nguyễn Văn An đã có trong hồ sơ khác (GK-CN-001)", review.Text);
    }

    [Fact]
    public async Task Point9_StafferMovedByAnotherUnitsCode_IsToldFromWhichToWhichAndSoIsTheOffice()
    {
        using var bot = Create();
        var ha = await bot.StaffAsync("ha", "QLKH", "Lê Thu Hà");

        var moved = await ha.Says($"/start {bot.CodeOf("TTTT")}");

        Assert.Contains("Đã chuyển đồng chí từ Phòng Quản lý khoa học sang Trung tâm Thông tin", moved.Text);
        Assert.Contains(bot.InboxOf(ChatHarness.AdminId), m => m.Text.Contains("đã chuyển từ cán bộ của Phòng Quản lý khoa học sang cán bộ của Trung tâm Thông tin"));
    }

    [Fact]
    public async Task Point17_WithdrawnConsent_IsToldToTheOfficeAndMarkedInTheDelegatesViewAndTheSummary()
    {
        using var bot = Create();
        await DelegateTestBed.ImportAsync(bot);
        var an = bot.User("an", "An");
        await DelegateTestBed.AttendsAsync(bot, an, "Nguyễn Văn An");

        await an.Says("/dulieu");
        await an.Presses("↩️ Rút lại sự đồng ý");
        await an.Presses("↩️ Đồng ý rút lại");

        Assert.Contains(bot.InboxOf(ChatHarness.AdminId), m => m.Text.Contains("An (test:an) đã rút lại sự đồng ý xử lý dữ liệu cá nhân"));
        var view = (await bot.Admin.Says("/daibieu")).Text;
        Assert.Contains("Đã rút lại sự đồng ý xử lý dữ liệu cá nhân (1)", view);
        Assert.Contains("Nguyễn Văn An", view[view.IndexOf("Đã rút lại sự đồng ý", StringComparison.Ordinal)..]);
        var summary = (await bot.Admin.Says("/baocao")).Text;
        Assert.Contains("Đã rút lại sự đồng ý xử lý dữ liệu cá nhân (bot không nhắc nữa): 1", summary);
        Assert.Contains("• Nguyễn Văn An — UBND tỉnh", summary[summary.IndexOf("Đã rút lại sự đồng ý:", StringComparison.Ordinal)..]);
    }

    private static ChatHarness Create(Dictionary<string, string?>? config = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:Username"] = "HungYenBot",
            ["Office:Phone"] = DelegateTestBed.OfficePhone,
            ["Conference:Start"] = "2026-12-18T08:00",
            ["Conference:Venue"] = "Hội trường Sở KH&CN",
        };
        Settings.Merge(settings, config);

        return NominationHarness.Create(settings, services: s =>
        {
            s.AddDelegates();
            s.AddScheduling();
        });
    }
}
