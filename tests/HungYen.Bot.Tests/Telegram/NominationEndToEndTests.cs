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
        var code = _bot!.Store.Find<Unit>("QLKH")!.EnrolmentCode;
        var staff = new TelegramChat(_fake, 7001, "Lê Thu Hà");

        await staff.Says($"/start {code}", "Thông báo về xử lý dữ liệu cá nhân");
        await staff.Presses("✅ Đồng ý", "Đã ghi nhận đồng chí là cán bộ của Phòng Quản lý khoa học");
        await staff.Says("/decu", "chọn hình thức khen thưởng");
        await staff.Presses("Bằng khen của Chủ tịch UBND tỉnh", "tập thể hay cá nhân");
        await staff.Presses("👤 Cá nhân", "Xin nhập họ và tên");
        await staff.Says("nguyễn thị hồng", "Giới tính");
        await staff.Presses("Nữ", "Năm sinh");
        await staff.Says("1979", "Chức vụ");
        await staff.Says("Phó Giám đốc Trung tâm", "Đơn vị công tác");
        await staff.Says("Trung tâm Thông tin, thống kê", "phong trào thi đua nào");
        await staff.Says("1", "tóm tắt thành tích");
        await staff.Says("Chủ nhiệm đề tài khoa học cấp tỉnh, 02 sáng kiến được công nhận và áp dụng.", "Báo cáo thành tích");
        _fake.UserSendsDocument(7001, "Bao cao thanh tich.pdf", "%PDF-1.7 nội dung"u8.ToArray(), "application/pdf", "Lê Thu Hà");
        await _fake.WaitForMessageAsync(m => m.ChatId == 7001 && m.Text.Contains("Nội dung khen thưởng"), RunningBot.Wait);
        await staff.Presses("✅ Dùng nội dung này", "Khen thưởng đã nhận");
        await staff.Presses("Chưa có", "Số điện thoại");
        await staff.Says("0912345678", "xác nhận cá nhân được đề nghị");
        var review = await staff.Presses("✅ Tôi xác nhận", "kiểm tra lại hồ sơ");
        Assert.Contains("• Họ và tên: Nguyễn Thị Hồng", review.Text);
        Assert.Contains("• Báo cáo thành tích: Bao cao thanh tich.pdf", review.Text);

        await staff.Presses("✅ Gửi hồ sơ", "Đã gửi hồ sơ BK-CN-001");

        var nomination = _bot.Store.Find<Nomination>("BK-CN-001")!;
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
