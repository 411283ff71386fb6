using System.Text;
using System.Text.Json;
using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Privacy;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Hosting;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Privacy;

public sealed class PrivacyRightsTranscriptTests : IDisposable
{
    private readonly AffectedRecords _records = new();
    private readonly ChatHarness _bot;

    public PrivacyRightsTranscriptTests() =>
        _bot = new ChatHarness(services: s =>
        {
            s.AddScheduling();
            s.AddSingleton<IPersonalDataSource>(_records);
        });

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task SeeMyData_SendsReadableTextAndJsonCopy()
    {
        var user = _bot.User("u", "Phạm Thị Dung");
        _records.Held["test:u"] = "Đại biểu: Phạm Thị Dung, 0912345678";

        await user.Says("/dulieu");
        var reply = await user.Presses("📄 Xem dữ liệu của tôi");

        Assert.Contains("Mã tài khoản: test:u (tên hiển thị: Phạm Thị Dung)", reply.Text);
        Assert.Contains("Sự đồng ý: phiên bản 2026-11", reply.Text);
        Assert.Contains("Đại biểu: Phạm Thị Dung, 0912345678", reply.Text);
        Assert.Contains("thuộc hồ sơ đề nghị của đơn vị", reply.Text);
        var file = reply.Messages.Single(m => m.Message.File is not null).Message.File!;
        Assert.Equal("Dữ liệu cá nhân.json", file.FileName);
        using var json = JsonDocument.Parse(file.Content);
        Assert.Equal("test:u", json.RootElement.GetProperty("Tài khoản và hội thoại").GetProperty("id").GetString());
        Assert.Contains("Phạm Thị Dung", Encoding.UTF8.GetString(file.Content));
        Assert.Null(user.Session!.Flow);
    }

    [Fact]
    public async Task DeleteMyData_AfterConfirmation_ErasesEverythingAndTellsTheOfficeWhenRecordsAreAffected()
    {
        var user = _bot.User("u", "Phạm Thị Dung");
        _records.Held["test:u"] = "Đại biểu";
        await user.Says("/start");
        await user.Says("/dulieu");
        await user.Presses("🗑 Xóa dữ liệu của tôi");

        var reply = await user.Presses("🗑 Đồng ý xóa");

        Assert.Contains("Đã xóa dữ liệu cá nhân", reply.Text);
        Assert.False(_records.Held.ContainsKey("test:u"));
        Assert.Null(user.Session);
        Assert.All(_bot.Store.Query<OutboxMessage>(m => m.ChatId == "u"), m => Assert.DoesNotContain("Phạm Thị Dung", m.Text));
        Assert.True(ConsentGate.HasWithdrawn(_bot.Store, user.Address));
        var notice = Assert.Single(_bot.InboxOf(ChatHarness.AdminId));
        Assert.Contains("đã yêu cầu xóa dữ liệu cá nhân", notice.Text);
        Assert.Contains("Xác nhận tham dự của test:u đã bị xóa", notice.Text);
    }

    [Fact]
    public async Task DeleteMyData_NothingOfficial_OfficeIsNotBothered()
    {
        var user = _bot.User("u");
        await user.Says("/dulieu");
        await user.Presses("🗑 Xóa dữ liệu của tôi");
        await user.Presses("🗑 Đồng ý xóa");

        Assert.Empty(_bot.InboxOf(ChatHarness.AdminId));
    }

    [Fact]
    public async Task DeleteMyData_Back_KeepsEverything()
    {
        var user = _bot.User("u");
        _records.Held["test:u"] = "Đại biểu";
        await user.Says("/dulieu");
        await user.Presses("🗑 Xóa dữ liệu của tôi");

        var reply = await user.Presses("⬅️ Quay lại");

        Assert.Contains("Xin chọn", reply.Text);
        Assert.True(_records.Held.ContainsKey("test:u"));
    }

    [Fact]
    public async Task WithdrawConsent_StopsRemindersAndAsksAgainNextTime()
    {
        var user = _bot.User("u");
        var due = _bot.Clock.GetUtcNow().AddHours(1);
        var changes = new Core.Storage.ChangeSet();
        changes.Upsert(new ScheduledMessage { Id = "r1", Kind = "x", Recipient = "test:u", Title = "Nhắc", DueAt = due, LatestUseful = due.AddHours(5), RespectsQuietHours = false });
        _bot.Store.Commit(changes);

        await user.Says("/dulieu");
        await user.Presses("↩️ Rút lại sự đồng ý");
        var reply = await user.Presses("↩️ Đồng ý rút lại");
        _bot.Clock.Advance(TimeSpan.FromHours(1));
        await _bot.TickAsync();

        Assert.Contains("Bot sẽ không gửi nhắc nhở cho đồng chí nữa", reply.Text);
        var reminder = _bot.Store.Find<ScheduledMessage>("r1")!;
        Assert.Equal(ScheduleStatus.Skipped, reminder.Status);
        Assert.Equal(nameof(HungYen.Bot.Core.Scheduling.SkipReason.Withdrawn), reminder.Reason);
        Assert.Contains("rút lại sự đồng ý", HungYen.Bot.Core.Texts.Vi.Schedule.Reason(reminder.Reason));
        Assert.Contains("Thông báo về xử lý dữ liệu cá nhân", (await user.Says("/start")).Text);
    }

    [Fact]
    public async Task ShowNotice_FromTheMenu_ShowsTheCurrentNotice()
    {
        var user = _bot.User("u");
        await user.Says("/start");
        await user.Presses("🔒 Dữ liệu cá nhân của tôi");

        var reply = await user.Presses("📜 Xem thông báo xử lý dữ liệu");

        Assert.Contains("Bên kiểm soát dữ liệu", reply.Text);
        Assert.Empty(reply.Choices);
    }

    [Fact]
    public async Task Logs_OfAWholeSession_HoldNoNamesOrPhoneNumbers()
    {
        var user = _bot.User("u", "Hoàng Minh Tuấn");
        await user.GivenWritingToTheOfficeAsync();
        await user.Says("Số điện thoại của tôi là 0987654321");
        await user.Presses("📨 Gửi");
        await user.Says("/dulieu");
        await user.Presses("📄 Xem dữ liệu của tôi");

        Assert.NotEmpty(_bot.Logs.Lines);
        Assert.All(_bot.Logs.Lines, line =>
        {
            Assert.DoesNotContain("Hoàng Minh Tuấn", line);
            Assert.DoesNotContain("0987654321", line);
        });
    }

    private sealed class AffectedRecords : IPersonalDataSource
    {
        public Dictionary<string, string> Held { get; } = [];

        public PersonalData? Collect(ChatAddress person, Turn turn) =>
            Held.TryGetValue(person.ToString(), out var line) ? new PersonalData("Đại biểu", [line], new { line }) : null;

        public IReadOnlyList<string> Erase(ChatAddress person, Turn turn) =>
            Held.Remove(person.ToString()) ? [$"Xác nhận tham dự của {person} đã bị xóa"] : [];
    }
}
