using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Telegram;

/// <summary>Enrolment by the unit's link and a whole nomination with its báo cáo thành tích file, through the Bot API.</summary>
public sealed class NominationEndToEndTests() : RealHostTest("hy-e2e-nom")
{

    // The units and movements are appsettings.json's defaults.
    protected override IDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Conference:NominationDeadline"] = "2099-12-01T17:00",
    };

    [Fact]
    public async Task UnitLinkThenWholeNominationWithFile_IsSubmittedAndTheOfficeNotified()
    {
        var staff = await Bot.GivenAnEnrolledStafferAsync(Fake, 7001, "Lê Thu Hà");
        await staff.GivenAnIndividualBằngKhenUpToTheReportAsync();
        Fake.UserSendsDocument(7001, "Bao cao thanh tich.pdf", "%PDF-1.7 nội dung"u8.ToArray(), "application/pdf", "Lê Thu Hà");
        await Fake.WaitForMessageAsync(m => m.ChatId == 7001 && m.Text.Contains("Nội dung khen thưởng"), RunningBot.Wait);
        var review = await staff.GivenTheRestOfTheDossierAsync();
        Assert.Contains("• Họ và tên: Nguyễn Thị Hồng", review.Text);
        Assert.Contains("• Báo cáo thành tích: Bao cao thanh tich.pdf", review.Text);

        await staff.Presses("✅ Gửi hồ sơ", "Đã gửi hồ sơ BK-CN-001");

        var nomination = Bot.Store.Find<Nomination>("BK-CN-001")!;
        Assert.Equal("%PDF-1.7 nội dung"u8.ToArray(), Bot.Store.ReadFile(nomination.FileId!)!.Content);
        await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.Text.Contains("Hồ sơ đề xuất mới BK-CN-001"), RunningBot.Wait);
        Assert.Empty(Fake.CallbackDataViolations);
    }

    [Fact]
    public async Task CommandMenu_EveryoneSeesOnlyPublicCommands_AStafferGetsProposingOnceEnrolled()
    {
        await RunningBot.UntilAsync(() => Fake.CommandsCalls.Any(c => c.ScopeChatId == RunningBot.AdminChat));
        var everyone = Assert.Single(Fake.CommandsCalls, c => c.LanguageCode is null && c.ScopeType is null).Commands.Select(c => c.Command).ToList();
        Assert.Contains("start", everyone);
        Assert.DoesNotContain("duyet", everyone);
        Assert.DoesNotContain("diemdanh", everyone);
        Assert.DoesNotContain("dexuat", everyone);
        var admin = Assert.Single(Fake.CommandsCalls, c => c.ScopeChatId == RunningBot.AdminChat).Commands.Select(c => c.Command).ToList();
        Assert.Contains("duyet", admin);
        Assert.Contains("diemdanh_canbo", admin);

        var code = Bot.Store.Find<Unit>("QLKH")!.EnrolmentCode;
        var staff = new TelegramChat(Fake, 7002, "Lê Thu Hà");
        await staff.Says($"/start {code}", "Thông báo về xử lý dữ liệu cá nhân");
        var enrolled = await staff.Presses("✅ Đồng ý", "Đã ghi nhận đồng chí là cán bộ của Phòng Quản lý khoa học");

        Assert.Contains(enrolled.InlineButtons, b => b.Text == "🏅 Đề xuất khen thưởng");
        await RunningBot.UntilAsync(() => Fake.CommandsCalls.Any(c => c.ScopeType == "chat" && c.ScopeChatId == 7002));
        var own = Fake.CommandsCalls.Last(c => c.ScopeChatId == 7002).Commands.Select(c => c.Command).ToList();
        Assert.Contains("dexuat", own);
        Assert.Contains("hoso", own);
        Assert.DoesNotContain("decu", own);
        Assert.DoesNotContain("duyet", own);
    }
}
