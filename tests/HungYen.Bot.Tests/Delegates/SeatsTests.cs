using HungYen.Bot.Core.Delegates;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Delegates;

public sealed class SeatsTests
{
    private static readonly Dictionary<string, string?> TwoSeats = new()
    {
        ["Conference:Capacity"] = "2",
        ["Conference:Start"] = "2026-12-18T08:00",
    };

    [Fact]
    public async Task Attend_PastCapacity_JoinsTheWaitingListAndTheOfficeIsTold()
    {
        using var bot = Create(TwoSeats);
        await bot.GivenAnAttendingDelegateAsync();
        await AttendsAsync(bot, bot.User("binh"), "Trần Thị Bình");

        var reply = await AttendsAsync(bot, bot.User("cuong"), "Lê Văn Cường");

        Assert.Contains("Hội nghị đã đủ 2 chỗ", reply.Text);
        Assert.Contains("xếp thứ 1 trong danh sách chờ", reply.Text);
        Assert.DoesNotContain(reply.Messages, m => m.Message.File is not null);
        var cuong = Find(bot, "Lê Văn Cường");
        Assert.Equal(RsvpStatus.Waiting, cuong.Status);
        Assert.Null(cuong.SeatOfferedAt);
        Assert.Contains(bot.InboxOf("admin"), m => m.Text.Contains("Lê Văn Cường") && m.Text.Contains("danh sách chờ"));
    }

    [Fact]
    public async Task FreedSeat_IsOfferedToTheFirstWaiting_WhoTakesItByCommand()
    {
        using var bot = Create(TwoSeats);
        await ImportAsync(bot);
        var an = bot.User("an");
        var cuong = bot.User("cuong");
        await AttendsAsync(bot, an, "Nguyễn Văn An");
        await AttendsAsync(bot, bot.User("binh"), "Trần Thị Bình");
        await AttendsAsync(bot, cuong, "Lê Văn Cường");

        await an.DeclinesFromTheMenuAsync();

        var notice = cuong.Inbox[^1];
        Assert.Contains("vừa có chỗ trống dành cho đồng chí", notice.Text);
        Assert.Contains("/nhancho", notice.Text);
        Assert.NotNull(Find(bot, "Lê Văn Cường").SeatOfferedAt);
        Assert.Contains(bot.InboxOf("admin"), m => m.Text.Contains("bot đã báo đ/c Lê Văn Cường"));

        var question = await cuong.Says("/nhancho");
        Assert.Equal(["✅ Nhận chỗ, tôi sẽ tham dự", "Nhường chỗ"], question.Choices);
        var taken = await cuong.Presses("✅ Nhận chỗ, tôi sẽ tham dự");

        Assert.Contains("đã xác nhận tham dự", taken.Text);
        Assert.Contains(taken.Messages, m => m.Message.File?.FileName == "hoi-nghi.ics");
        Assert.Equal(RsvpStatus.Attending, Find(bot, "Lê Văn Cường").Status);
    }

    [Fact]
    public async Task HeldSeat_IsNotTakenByALaterAttendee()
    {
        using var bot = Create(new() { ["Conference:Capacity"] = "1" });
        var an = await bot.GivenAnAttendingDelegateAsync();
        await AttendsAsync(bot, bot.User("binh"), "Trần Thị Bình");
        await an.DeclinesFromTheMenuAsync();

        var late = await AttendsAsync(bot, bot.User("cuong"), "Lê Văn Cường");

        Assert.Contains("danh sách chờ", late.Text);
        Assert.NotNull(Find(bot, "Trần Thị Bình").SeatOfferedAt);
    }

    [Fact]
    public async Task OfferedSeat_Refused_GoesToTheNextWaiting()
    {
        using var bot = Create(new() { ["Conference:Capacity"] = "1" });
        await ImportAsync(bot);
        var an = bot.User("an");
        var binh = bot.User("binh");
        var cuong = bot.User("cuong");
        await AttendsAsync(bot, an, "Nguyễn Văn An");
        await AttendsAsync(bot, binh, "Trần Thị Bình");
        await AttendsAsync(bot, cuong, "Lê Văn Cường");
        await an.DeclinesFromTheMenuAsync();

        await binh.Says("/nhancho");
        await binh.Presses("Nhường chỗ");

        Assert.Equal(RsvpStatus.Declined, Find(bot, "Trần Thị Bình").Status);
        Assert.NotNull(Find(bot, "Lê Văn Cường").SeatOfferedAt);
        Assert.Contains("vừa có chỗ trống", cuong.Inbox[^1].Text);
    }

    [Fact]
    public async Task TakeSeat_WithoutAnOffer_SaysSo()
    {
        using var bot = Create(TwoSeats);
        var an = await bot.GivenAnAttendingDelegateAsync();

        var reply = await an.Says("/nhancho");

        Assert.Contains("không có chỗ trống nào đang được giữ", reply.Text);
    }

    [Fact]
    public async Task SubstituteWhenFull_Waits_AndTheSenderTakesTheFreedSeatForThem()
    {
        using var bot = Create(new() { ["Conference:Capacity"] = "1" });
        await ImportAsync(bot);
        var an = bot.User("an");
        var binh = bot.User("binh");
        await AttendsAsync(bot, an, "Nguyễn Văn An");
        await OpensLinkAsync(binh, Find(bot, "Trần Thị Bình"));
        await binh.Presses("👤 Cử người đi thay");
        await binh.Says("Phạm Văn Đức");
        await binh.Says("Chuyên viên");
        var waiting = await binh.Says("0868123456");
        waiting = await binh.Presses("✅ Xác nhận");
        Assert.Contains("danh sách chờ", waiting.Text);
        Assert.Equal(RsvpStatus.Waiting, Find(bot, "Phạm Văn Đức").Status);

        await an.DeclinesFromTheMenuAsync();
        Assert.Contains("Phạm Văn Đức", binh.Inbox[^1].Text);

        await binh.Says("/nhancho");
        var taken = await binh.Presses("✅ Nhận chỗ, tôi sẽ tham dự");

        Assert.Equal(RsvpStatus.Attending, Find(bot, "Phạm Văn Đức").Status);
        Assert.Equal(RsvpStatus.Substituted, Find(bot, "Trần Thị Bình").Status);
        Assert.Contains("Đã ghi nhận đ/c Phạm Văn Đức đi thay", taken.Text);
    }
}
