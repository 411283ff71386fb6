using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Conversations;

/// <summary>
/// Issue 18 point 7: a typed number answers the latest message with choices the person was sent — a notice that came
/// after their open question included — and a number that only fits an older question is refused, not guessed.
/// </summary>
public sealed class LatestQuestionTests : IDisposable
{
    private readonly ChatHarness _bot = CreateWithReminders();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task TypedOne_AnswersTheReminderThatCameLast_NotTheOlderOpenQuestion()
    {
        var binh = await OpenQuestionThenReminderAsync();

        var reply = await binh.Says("1");

        // "1" on the open question would have been «✅ Tham dự» and led to the confirmation; on the reminder it opens the Giấy mời.
        Assert.Contains("✅ Tham dự", reply.Choices);
        Assert.DoesNotContain("✅ Xác nhận", reply.Choices);
        Assert.Equal(RsvpStatus.Pending, Find(_bot, "Trần Thị Bình").Status);
    }

    [Fact]
    public async Task ANumberOnlyAnOlderQuestionHas_IsRefusedClearly_ThenTheQuestionIsAskedAgainAndAnswered()
    {
        var binh = await OpenQuestionThenReminderAsync();

        var refused = await binh.Says("3");

        Assert.Contains("Số «3» không có trong tin nhắn gần nhất của bot, chỉ có:\n1. 📨 Xem Giấy mời và trả lời", refused.Text);
        Assert.Contains("👤 Cử người đi thay", refused.Choices);
        Assert.Equal(RsvpStatus.Pending, Find(_bot, "Trần Thị Bình").Status);

        var answered = await binh.Says("3");

        Assert.Contains("họ và tên", answered.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ALabelStillAnswersTheOpenQuestion_SinceItCannotBeMistakenForTheNotice()
    {
        var binh = await OpenQuestionThenReminderAsync();

        var reply = await binh.Says("Tham dự");

        Assert.Contains("✅ Xác nhận", reply.Choices);
    }

    /// <summary>Bình has the Giấy mời open (Tham dự / Không tham dự / Cử người đi thay / Hủy) when the 3-day reminder arrives.</summary>
    private async Task<ChatUser> OpenQuestionThenReminderAsync()
    {
        await ImportAsync(_bot);
        var binh = _bot.User("binh");
        var invitation = await OpensLinkAsync(binh, Find(_bot, "Trần Thị Bình"));
        Assert.Equal(["✅ Tham dự", "❌ Không tham dự", "👤 Cử người đi thay", "✖️ Hủy"], invitation.Choices);
        var scheduler = _bot.Services.GetRequiredService<Scheduler>();
        await scheduler.TickAsync(CancellationToken.None);
        _bot.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 15, 8, 0, 0, Vietnam));
        await scheduler.TickAsync(CancellationToken.None);
        var reminder = Assert.Single(await _bot.FlushAsync(), m => m.ChatId == "binh");
        Assert.Equal(["📨 Xem Giấy mời và trả lời"], reminder.Labels);
        return binh;
    }
}
