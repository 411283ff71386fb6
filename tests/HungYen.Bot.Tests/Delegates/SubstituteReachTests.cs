using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Tests.Support;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Delegates;

/// <summary>Issue 18 point 4: once a substitute has their own account in the bot, notices and reminders go there.</summary>
public sealed class SubstituteReachTests : IDisposable
{
    private readonly ChatHarness _bot = CreateWithReminders(new() { ["Conference:Capacity"] = "1" });

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task SeatOfferAndReminders_ReachTheSubstituteOnTheirOwnAccount_NotTheOriginals()
    {
        await ImportAsync(_bot);
        var an = _bot.User("an");
        var binh = _bot.User("binh");
        await AttendsAsync(_bot, an, "Nguyễn Văn An");
        await OpensLinkAsync(binh, Find(_bot, "Trần Thị Bình"));
        await binh.Presses("👤 Cử người đi thay");
        await binh.Says("Phạm Văn Đức");
        await binh.Says("Chuyên viên");
        await binh.Says("0868123456");
        await binh.Presses("✅ Xác nhận");
        Assert.Equal(RsvpStatus.Waiting, Find(_bot, "Phạm Văn Đức").Status);
        var duc = _bot.User("duc");
        await OpensLinkAsync(duc, Find(_bot, "Phạm Văn Đức"));
        var binhBefore = binh.Inbox.Count;

        await an.DeclinesFromTheMenuAsync();

        var offer = duc.Inbox[^1];
        Assert.Contains("Kính gửi đồng chí Phạm Văn Đức", offer.Text);
        Assert.Equal(["✅ Nhận chỗ", "❌ Nhường chỗ"], offer.Labels);
        Assert.Equal(binhBefore, binh.Inbox.Count);
        await duc.PressesOn(offer, "✅ Nhận chỗ");
        Assert.Equal(RsvpStatus.Attending, Find(_bot, "Phạm Văn Đức").Status);

        await _bot.TickAtAsync(new DateTimeOffset(2026, 12, 15, 8, 0, 0, Vietnam));
        var sent = await _bot.FlushAsync();

        var reminder = Assert.Single(sent, m => m.ChatId == "duc" && m.Text.Contains("trân trọng nhắc đồng chí tham dự", StringComparison.Ordinal));
        Assert.Contains("Phạm Văn Đức", reminder.Text);
        Assert.Contains(sent, m => m.ChatId == "duc" && m.Message.File is { IsPhoto: true });
        Assert.DoesNotContain(sent, m => m.ChatId == "binh");
    }
}
