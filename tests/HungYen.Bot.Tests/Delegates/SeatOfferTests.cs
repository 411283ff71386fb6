using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Delegates.Attendance;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Delegates;

/// <summary>Issue 18 point 3: a freed seat is offered with buttons and held a configured time, then passes on.</summary>
public sealed class SeatOfferTests
{
    private static ChatHarness CreateSut(string? databasePath = null, FakeTimeProvider? clock = null) => new(
        new Dictionary<string, string?>
        {
            ["Bot:Username"] = "HungYenBot",
            ["Office:Phone"] = OfficePhone,
            ["Conference:Capacity"] = "1",
            ["Conference:SeatOfferHours"] = "2",
        },
        services: s =>
        {
            s.AddDelegates();
            s.AddScheduling();
        },
        databasePath: databasePath,
        clock: clock);

    [Fact]
    public async Task SeatOffer_ComesWithButtons_AndLapsesAfterTheConfiguredHours_ToTheNextOnTheList()
    {
        using var bot = CreateSut();
        await FillTheHallAndFreeASeatAsync(bot);
        var offer = bot.InboxOf("binh")[^1];
        Assert.Contains("vừa có chỗ trống", offer.Text);
        Assert.Contains("Chỗ được giữ cho đồng chí trong 2 giờ", offer.Text);
        Assert.Equal(["✅ Nhận chỗ", "❌ Nhường chỗ"], offer.Labels);
        await bot.TickAsync();

        bot.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(59));
        await bot.TickAsync();
        Assert.Empty(await bot.FlushAsync());
        Assert.NotNull(Find(bot, "Trần Thị Bình").SeatOfferedAt);

        bot.Clock.Advance(TimeSpan.FromMinutes(2));
        await bot.TickAsync();
        var sent = await bot.FlushAsync();
        await bot.TickAsync();

        Assert.Empty(await bot.FlushAsync()); // exactly once
        var lapsed = Assert.Single(sent, m => m.ChatId == "binh");
        Assert.Contains("Kính gửi đồng chí Trần Thị Bình: chỗ trống tại Hội nghị", lapsed.Text);
        Assert.Contains("đã được chuyển cho người tiếp theo trong danh sách chờ", lapsed.Text);
        Assert.Contains(sent, m => m.ChatId == ChatHarness.AdminId && m.Text.Contains("Đ/c Trần Thị Bình (Văn phòng UBND tỉnh) không nhận chỗ trống trong 2 giờ giữ chỗ", StringComparison.Ordinal));
        var next = Assert.Single(sent, m => m.ChatId == "cuong");
        Assert.Equal(["✅ Nhận chỗ", "❌ Nhường chỗ"], next.Labels);
        Assert.Equal(RsvpStatus.Declined, Find(bot, "Trần Thị Bình").Status);
        Assert.NotNull(Find(bot, "Lê Văn Cường").SeatOfferedAt);

        var stale = await bot.User("binh").PressesOn(offer, "✅ Nhận chỗ");
        Assert.Contains("Chỗ trống này không còn được giữ cho đồng chí", stale.Text);
        Assert.Equal(RsvpStatus.Declined, Find(bot, "Trần Thị Bình").Status);

        var taken = await bot.User("cuong").PressesOn(next, "✅ Nhận chỗ");
        Assert.Equal(RsvpStatus.Attending, Find(bot, "Lê Văn Cường").Status);
        Assert.Contains("Lê Văn Cường", taken.Text);
    }

    [Fact]
    public async Task SeatOffer_AnsweredInTime_IsNotLapsed_AndRefusingPassesTheSeatAtOnce()
    {
        using var bot = CreateSut();
        await FillTheHallAndFreeASeatAsync(bot);
        await bot.TickAsync();

        await bot.User("binh").Presses("❌ Nhường chỗ");
        Assert.Equal(RsvpStatus.Declined, Find(bot, "Trần Thị Bình").Status);
        Assert.Equal(["✅ Nhận chỗ", "❌ Nhường chỗ"], bot.InboxOf("cuong")[^1].Labels);
        await bot.TickAsync();
        await bot.User("cuong").Presses("✅ Nhận chỗ");

        bot.Clock.Advance(TimeSpan.FromHours(3));
        await bot.TickAsync();

        Assert.Equal(RsvpStatus.Attending, Find(bot, "Lê Văn Cường").Status);
        Assert.DoesNotContain(await bot.FlushAsync(), m => m.Text.Contains("chuyển cho người tiếp theo", StringComparison.Ordinal));
        Assert.All(bot.Store.Query<ScheduledMessage>(m => m.Kind == "seat-offer-expiry"), m => Assert.NotEqual(ScheduleStatus.Sent, m.Status));
    }

    [Fact]
    public async Task OfferAcceptedJustAsItLapses_TheAcceptanceStands_AndTheSeatIsNotPassedOn()
    {
        using var bot = CreateSut();
        await FillTheHallAndFreeASeatAsync(bot);
        await bot.TickAsync();
        bot.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        var scheduler = bot.Services.GetRequiredService<Scheduler>();
        scheduler.BeforeCommit = message =>
        {
            if (message.Kind == SeatOfferExpiry.Kind)
            {
                scheduler.BeforeCommit = null;
                // The lapse is prepared; before it is stored, Bình presses "Nhận chỗ" (the offer had not yet lapsed for her).
                bot.User("binh").Presses("✅ Nhận chỗ").GetAwaiter().GetResult();
            }
        };

        await bot.TickAsync();
        Assert.Equal(RsvpStatus.Attending, Find(bot, "Trần Thị Bình").Status);
        await bot.TickAsync(); // the lapse, prepared again, finds the offer answered

        Assert.Equal(RsvpStatus.Attending, Find(bot, "Trần Thị Bình").Status);
        Assert.Null(Find(bot, "Lê Văn Cường").SeatOfferedAt);
        var sent = await bot.FlushAsync();
        Assert.DoesNotContain(sent, m => m.Text.Contains("đã được chuyển cho người tiếp theo", StringComparison.Ordinal));
        Assert.DoesNotContain(sent, m => m.ChatId == "cuong");
        Assert.All(bot.Store.Query<ScheduledMessage>(m => m.Kind == SeatOfferExpiry.Kind), m => Assert.NotEqual(ScheduleStatus.Sent, m.Status));
    }

    [Fact]
    public async Task SeatOfferExpiry_SurvivesARestart_AndHappensOnce()
    {
        using var database = new TempDatabase("hy-seat-offer");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
        using (var bot = CreateSut(database.Path, clock))
        {
            await FillTheHallAndFreeASeatAsync(bot);
            await bot.TickAsync();
        }

        clock.Advance(TimeSpan.FromHours(5)); // the bot was down when the offer ran out
        using (var bot = CreateSut(database.Path, clock))
        {
            await bot.TickAsync();
            await bot.TickAsync();
            var sent = await bot.FlushAsync();

            Assert.Single(sent, m => m.ChatId == "binh" && m.Text.Contains("đã được chuyển cho người tiếp theo", StringComparison.Ordinal));
            Assert.Single(sent, m => m.ChatId == "cuong" && m.Text.Contains("vừa có chỗ trống", StringComparison.Ordinal));
            Assert.Equal(RsvpStatus.Declined, Find(bot, "Trần Thị Bình").Status);
        }

        using (var bot = CreateSut(database.Path, clock))
        {
            await bot.TickAsync();
            Assert.Empty(await bot.FlushAsync());
        }
    }

    [Fact]
    public async Task LapsedOffer_StoresACode_TheListWordsIt_AndAnOlderRecordsSentenceShowsAsItIs()
    {
        // Issue 13 point 5: records store codes, not sentences.
        using var bot = CreateSut();
        await FillTheHallAndFreeASeatAsync(bot);
        await bot.TickAsync();
        bot.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        await bot.TickAsync();
        var older = Find(bot, "Nguyễn Văn An");
        older.DeclineReason = "Không nhận chỗ trống (ghi theo cách cũ)";
        var changes = new Core.Storage.ChangeSet();
        changes.Upsert(older);
        bot.Store.Commit(changes);

        var reply = await bot.Admin.Says("/daibieu_xuat");

        Assert.Equal(Delegate.OfferLapsed, Find(bot, "Trần Thị Bình").DeclineReason);
        using var book = new PrintedWorkbook(reply.Messages.Single(m => m.Message.File is not null).Message.File!.Content);
        var rows = book.Rows("Đại biểu").Where(r => r["Số điện thoại"] is not null).ToDictionary(r => (string)r["Họ tên"]!);
        Assert.Equal("Không nhận chỗ trống trong thời hạn giữ chỗ", rows["Trần Thị Bình"]["Lý do không tham dự"]);
        Assert.Equal("Không nhận chỗ trống (ghi theo cách cũ)", rows["Nguyễn Văn An"]["Lý do không tham dự"]);
    }

    /// <summary>An takes the only seat, Bình then Cường wait; An declines, so the seat is offered to Bình.</summary>
    private static async Task FillTheHallAndFreeASeatAsync(ChatHarness bot)
    {
        var an = await bot.GivenAnAttendingDelegateAsync();
        await AttendsAsync(bot, bot.User("binh"), "Trần Thị Bình");
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        await AttendsAsync(bot, bot.User("cuong"), "Lê Văn Cường");
        await an.DeclinesFromTheMenuAsync();
    }
}
