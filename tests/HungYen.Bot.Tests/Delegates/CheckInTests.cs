using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Tests.Support;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Delegates;

public sealed class CheckInTests
{
    [Fact]
    public async Task Staff_TypesACode_DelegateIsMarkedArrived_SecondTimeSaysWhen()
    {
        using var bot = Create();
        var staff = await GivenAnAttendingDelegateAndAStafferAtTheDoorAsync(bot);
        var code = Find(bot, "Nguyễn Văn An").CheckInCode;

        var first = await staff.Says(code.ToLowerInvariant());

        Assert.Contains("Đã điểm danh: Nguyễn Văn An — Phó Chủ tịch, UBND tỉnh, lúc 09:00", first.Text);
        Assert.Contains("Đã đến 1/1", first.Text);
        var saved = Find(bot, "Nguyễn Văn An");
        Assert.Equal((bot.Clock.GetUtcNow(), "test:staff"), (saved.CheckedInAt, saved.CheckedInBy));

        bot.Clock.Advance(TimeSpan.FromMinutes(20));
        var second = await staff.Says($"/diemdanh {code}");

        Assert.Contains("Đại biểu Nguyễn Văn An đã điểm danh lúc 09:00", second.Text);
        Assert.Equal(bot.Clock.GetUtcNow() - TimeSpan.FromMinutes(20), Find(bot, "Nguyễn Văn An").CheckedInAt);
    }

    [Fact]
    public async Task Staff_ScansTheQrLink_ChecksIn()
    {
        using var bot = Create();
        var staff = await GivenAnAttendingDelegateAndAStafferAtTheDoorAsync(bot);
        var payload = DelegateLinks.CheckInPayload(Find(bot, "Nguyễn Văn An"), new BotOptions { Username = "HungYenBot" });

        var reply = await staff.Says("/start " + payload[(payload.IndexOf("start=", StringComparison.Ordinal) + 6)..]);

        Assert.Contains("Đã điểm danh: Nguyễn Văn An", reply.Text);
    }

    [Fact]
    public async Task NonStaff_ScanningAQr_IsToldItIsForTheDoor()
    {
        using var bot = Create();
        await ImportAsync(bot);
        var code = Find(bot, "Nguyễn Văn An").CheckInCode;

        var reply = await bot.User("curious").Says($"/start ci-{code}");

        Assert.Contains("dùng để điểm danh tại Hội nghị", reply.Text);
        Assert.Null(Find(bot, "Nguyễn Văn An").CheckedInAt);
    }

    [Fact]
    public async Task Staff_UnknownCode_IsTold()
    {
        using var bot = Create();
        var staff = await GivenTheListAndAStafferAtTheDoorAsync(bot);

        var reply = await staff.Says("/diemdanh ZZZZ2222");

        Assert.Contains("Không tìm thấy đại biểu có mã điểm danh này", reply.Text);
    }

    [Fact]
    public async Task Progress_CountsArrivalsAgainstConfirmationsAndListsWhoIsMissing()
    {
        using var bot = Create();
        await bot.GivenAnAttendingDelegateAsync();
        await AttendsAsync(bot, bot.User("binh"), "Trần Thị Bình");
        var staff = await bot.GivenACheckInStafferAsync();
        await staff.Says(Find(bot, "Nguyễn Văn An").CheckInCode);

        var reply = await staff.Says("/diemdanh_tinhhinh");

        Assert.Contains("Đã đến: 1 đại biểu / 2 đại biểu xác nhận tham dự", reply.Text);
        Assert.Contains("Chưa đến (1):\n• Trần Thị Bình — Chánh Văn phòng, Văn phòng UBND tỉnh", reply.Text);
    }

    [Fact]
    public async Task CheckIn_NotConfirmed_IsMarkedWithAWarning()
    {
        using var bot = Create();
        var staff = await GivenTheListAndAStafferAtTheDoorAsync(bot);

        var reply = await staff.Says($"/diemdanh {Find(bot, "Lê Văn Cường").CheckInCode}");

        Assert.Contains("chưa xác nhận tham dự", reply.Text);
        Assert.NotNull(Find(bot, "Lê Văn Cường").CheckedInAt);
    }

    [Fact]
    public async Task CheckInCommands_ForOrdinaryPeople_AreUnknown()
    {
        using var bot = Create();
        await ImportAsync(bot);

        var reply = await bot.User("u").Says($"/diemdanh {Find(bot, "Lê Văn Cường").CheckInCode}");

        Assert.Contains("không có quyền", reply.Text);
        Assert.Null(Find(bot, "Lê Văn Cường").CheckedInAt);
    }

    [Fact]
    public async Task Staff_TypingTheInvitationCode_ChecksInAndNeverClaimsTheInvitation()
    {
        using var bot = Create();
        var staff = await GivenTheListAndAStafferAtTheDoorAsync(bot);

        var reply = await staff.Says(Find(bot, "Lê Văn Cường").InviteCode);

        Assert.Contains("Đã điểm danh: Lê Văn Cường", reply.Text);
        Assert.Empty(Find(bot, "Lê Văn Cường").Addresses);
    }

    /// <summary>Given the office imported the invitation list and named a check-in staffer: the staffer.</summary>
    private static async Task<ChatUser> GivenTheListAndAStafferAtTheDoorAsync(ChatHarness bot)
    {
        await ImportAsync(bot);
        return await bot.GivenACheckInStafferAsync();
    }

    /// <summary>Given Nguyễn Văn An confirmed attendance by their link and the office named a check-in staffer: the staffer.</summary>
    private static async Task<ChatUser> GivenAnAttendingDelegateAndAStafferAtTheDoorAsync(ChatHarness bot)
    {
        await bot.GivenAnAttendingDelegateAsync();
        return await bot.GivenACheckInStafferAsync();
    }
}
