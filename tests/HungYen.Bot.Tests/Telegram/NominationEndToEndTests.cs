using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Telegram;

/// <summary>Enrolment by the unit's link and a whole nomination with its báo cáo thành tích file, through the Bot API.</summary>
public sealed class NominationEndToEndTests : IAsyncLifetime
{
    private readonly FakeTelegramServer _fake = new();
    private readonly TempDatabase _database = new("hy-e2e-nom");
    private RunningBot? _bot;

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        // The units and movements are appsettings.json's defaults.
        _bot = await RunningBot.StartAsync(_fake, _database.Path, new Dictionary<string, string?>
        {
            ["Conference:NominationDeadline"] = "2099-12-01T17:00",
        });
    }

    public async Task DisposeAsync()
    {
        await _bot!.DisposeAsync();
        await _fake.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task UnitLinkThenWholeNominationWithFile_IsSubmittedAndTheOfficeNotified()
    {
        var staff = await _bot!.GivenAnEnrolledStafferAsync(_fake, 7001, "Lê Thu Hà");
        await staff.GivenAnIndividualBằngKhenUpToTheReportAsync();
        _fake.UserSendsDocument(7001, "Bao cao thanh tich.pdf", "%PDF-1.7 nội dung"u8.ToArray(), "application/pdf", "Lê Thu Hà");
        await _fake.WaitForMessageAsync(m => m.ChatId == 7001 && m.Text.Contains("Nội dung khen thưởng"), RunningBot.Wait);
        var review = await staff.GivenTheRestOfTheDossierAsync();
        Assert.Contains("• Họ và tên: Nguyễn Thị Hồng", review.Text);
        Assert.Contains("• Báo cáo thành tích: Bao cao thanh tich.pdf", review.Text);

        await staff.Presses("✅ Gửi hồ sơ", "Đã gửi hồ sơ BK-CN-001");

        var nomination = _bot!.Store.Find<Nomination>("BK-CN-001")!;
        Assert.Equal("%PDF-1.7 nội dung"u8.ToArray(), _bot.Store.ReadFile(nomination.FileId!)!.Content);
        await _fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.Text.Contains("Hồ sơ đề xuất mới BK-CN-001"), RunningBot.Wait);
        Assert.Empty(_fake.CallbackDataViolations);
    }

    [Fact]
    public async Task CommandMenu_EveryoneSeesOnlyPublicCommands_AStafferGetsProposingOnceEnrolled()
    {
        await RunningBot.UntilAsync(() => _fake.CommandsCalls.Any(c => c.ScopeChatId == RunningBot.AdminChat));
        var everyone = Assert.Single(_fake.CommandsCalls, c => c.LanguageCode is null && c.ScopeType is null).Commands.Select(c => c.Command).ToList();
        Assert.Contains("start", everyone);
        Assert.DoesNotContain("duyet", everyone);
        Assert.DoesNotContain("diemdanh", everyone);
        Assert.DoesNotContain("dexuat", everyone);
        var admin = Assert.Single(_fake.CommandsCalls, c => c.ScopeChatId == RunningBot.AdminChat).Commands.Select(c => c.Command).ToList();
        Assert.Contains("duyet", admin);
        Assert.Contains("diemdanh_canbo", admin);

        var code = _bot!.Store.Find<Unit>("QLKH")!.EnrolmentCode;
        var staff = new TelegramChat(_fake, 7002, "Lê Thu Hà");
        await staff.Says($"/start {code}", "Thông báo về xử lý dữ liệu cá nhân");
        var enrolled = await staff.Presses("✅ Đồng ý", "Đã ghi nhận đồng chí là cán bộ của Phòng Quản lý khoa học");

        Assert.Contains(enrolled.InlineButtons, b => b.Text == "🏅 Đề xuất khen thưởng");
        await RunningBot.UntilAsync(() => _fake.CommandsCalls.Any(c => c.ScopeType == "chat" && c.ScopeChatId == 7002));
        var own = _fake.CommandsCalls.Last(c => c.ScopeChatId == 7002).Commands.Select(c => c.Command).ToList();
        Assert.Contains("dexuat", own);
        Assert.Contains("hoso", own);
        Assert.DoesNotContain("decu", own);
        Assert.DoesNotContain("duyet", own);
    }
}
