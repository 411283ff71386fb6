using HungYen.Bot.Core.Nominations.Reminders;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Hosting;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Nominations;

public sealed class NominationRemindersTests : IDisposable
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly ChatHarness _bot = NominationHarness.Create(services: s => s.AddScheduling());

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task UnitWithoutNominations_StaffRemindedFiveDaysAndOneDayBeforeTheDeadline_OthersNot()
    {
        var idle = await _bot.StaffAsync("idle", "QLKH", "Lê Thu Hà");
        var busy = await _bot.StaffAsync("busy", "TTTT", "Vũ Văn Khánh");
        await busy.IndividualToReviewAsync();
        await busy.Presses("✅ Gửi hồ sơ");
        await _bot.TickAsync();

        await _bot.TickAtAsync(new DateTimeOffset(2026, 11, 26, 16, 59, 0, Vietnam));
        Assert.DoesNotContain(await _bot.FlushAsync(), m => m.Text.Contains("chưa gửi hồ sơ"));

        await _bot.TickAtAsync(new DateTimeOffset(2026, 11, 26, 17, 0, 0, Vietnam));
        var sent = await _bot.FlushAsync();
        var reminder = Assert.Single(sent, m => m.Text.Contains("chưa gửi hồ sơ"));
        Assert.Equal("idle", reminder.ChatId);
        Assert.Contains("Phòng Quản lý khoa học chưa gửi hồ sơ đề xuất khen thưởng nào. Hạn gửi hồ sơ là 01/12/2026 17:00 (còn 5 ngày)", reminder.Text);

        await idle.IndividualToReviewAsync(name: "Trần Văn Bình");
        await idle.Presses("✅ Gửi hồ sơ");
        await _bot.TickAtAsync(new DateTimeOffset(2026, 11, 30, 17, 0, 0, Vietnam));
        Assert.DoesNotContain(await _bot.FlushAsync(), m => m.Text.Contains("chưa gửi hồ sơ"));
        Assert.Empty(_bot.Store.Query<ScheduledMessage>(m => m.Kind == UnitReminders.Kind && m.Status == ScheduleStatus.Planned));
    }

    [Fact]
    public async Task Lich_TitlesAUnitReminderWithTheUnitsNameAndTheOffset_StoringOnlyCodes()
    {
        // Issue 13 point 5: the record keeps the unit's code and the offset's key; /lich words the title.
        await _bot.StaffAsync("idle", "QLKH", "Lê Thu Hà");
        await _bot.TickAsync();

        var reply = await _bot.Admin.Says("/lich");

        Assert.Contains("— Nhắc Phòng Quản lý khoa học gửi hồ sơ đề xuất (trước hạn 5 ngày) →", reply.Text);
        Assert.Contains("— Nhắc Phòng Quản lý khoa học gửi hồ sơ đề xuất (trước hạn 1 ngày) →", reply.Text);
        var stored = _bot.Store.Query<ScheduledMessage>(m => m.Kind == UnitReminders.Kind);
        Assert.Equal(["120h", "24h"], stored.Select(m => m.Detail).Order());
        Assert.All(stored, m => Assert.Equal((null, "QLKH"), (m.Title, m.Subject)));
    }

    [Fact]
    public async Task Summary_HasQuotasUnitsWithoutNominationsAndTheWorkbook()
    {
        var staff = await _bot.GivenAStafferWhoSubmittedAsync();

        var reply = await _bot.Admin.Says("/baocao");

        Assert.Contains("Tổng số hồ sơ: 1; chờ xem xét: 1", reply.Text);
        Assert.Contains("Giấy khen – cá nhân: 1/10", reply.Text);
        Assert.Contains("• ⚠️ Trung tâm Thông tin, thống kê, ứng dụng khoa học và công nghệ: chưa có hồ sơ", reply.Text);
        Assert.Contains("• Phòng Quản lý khoa học: 1", reply.Text);
        Assert.Contains(reply.Messages, m => m.Message.File?.FileName.EndsWith(".xlsx", StringComparison.Ordinal) == true);
    }
}
