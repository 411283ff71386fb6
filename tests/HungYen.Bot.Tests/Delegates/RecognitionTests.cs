using HungYen.Bot.Core.Delegates;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Delegates;

public sealed class RecognitionTests
{
    [Fact]
    public async Task PersonalLink_Unclaimed_BindsTheAccountAndShowsTheInvitation()
    {
        using var bot = Create(new() { ["Conference:Start"] = "2026-12-18T08:00", ["Conference:Venue"] = "Hội trường Sở KH&CN" });
        await ImportAsync(bot);
        var an = bot.User("an", "An");

        var reply = await OpensLinkAsync(an, Find(bot, "Nguyễn Văn An"));

        Assert.Contains("Kính chào đồng chí Nguyễn Văn An", reply.Text);
        Assert.Contains("GIẤY MỜI", reply.Text);
        Assert.Contains("trân trọng kính mời: đồng chí Nguyễn Văn An, Phó Chủ tịch, UBND tỉnh", reply.Text);
        Assert.Contains("Thời gian: 08:00, Thứ Sáu, ngày 18/12/2026", reply.Text);
        Assert.Contains("Địa điểm: Hội trường Sở KH&CN", reply.Text);
        Assert.Contains("1. Tuyên bố lý do, giới thiệu đại biểu và khai mạc Hội nghị;", reply.Text);
        Assert.Contains("7. Tổng kết, bế mạc Hội nghị.", reply.Text);
        Assert.Equal(["✅ Tham dự", "❌ Không tham dự", "👤 Cử người đi thay", "✖️ Hủy"], reply.Choices);
        Assert.Equal(["test:an"], Find(bot, "Nguyễn Văn An").Addresses);
    }

    [Fact]
    public async Task PersonalLink_ClaimedByAnotherAccount_IsRefusedAndTheOfficeTold()
    {
        using var bot = Create();
        await ImportAsync(bot);
        var an = Find(bot, "Nguyễn Văn An");
        await OpensLinkAsync(bot.User("an"), an);

        var reply = await OpensLinkAsync(bot.User("intruder", "Người lạ"), an);

        Assert.Contains("đã được một tài khoản khác sử dụng", reply.Text);
        Assert.Contains(OfficePhone, reply.Text);
        Assert.Equal(["test:an"], Find(bot, "Nguyễn Văn An").Addresses);
        Assert.Contains(bot.InboxOf("admin"), m => m.Text.Contains("Nguyễn Văn An") && m.Text.Contains("test:intruder") && m.Text.Contains("không gắn lại"));
        Assert.Null(bot.User("intruder").Session!.Flow);
    }

    [Theory]
    [InlineData("0983111222")]
    [InlineData("+84983111222")]
    [InlineData("84983111222")]
    [InlineData("+84 983.111.222")]
    public async Task SharedContact_InAnyPhoneFormat_IsMatchedToTheList(string shared)
    {
        using var bot = Create();
        var (binh, ask) = await bot.GivenAskedWhoTheyAreAsync("binh");
        Assert.True(ask.Last.Message.RequestContact);

        var reply = await binh.SharesContact(shared);

        Assert.Contains("đồng chí Trần Thị Bình, Chánh Văn phòng", reply.Text);
        Assert.Equal(["test:binh"], Find(bot, "Trần Thị Bình").Addresses);
    }

    [Fact]
    public async Task SharedContact_OfSomeoneElse_IsRefusedAndTheStepStays()
    {
        using var bot = Create();
        var (binh, _) = await bot.GivenAskedWhoTheyAreAsync("binh");

        var reply = await binh.SharesContact("0983111222", own: false);

        Assert.Contains("số điện thoại của chính mình", reply.Text);
        Assert.Empty(Find(bot, "Trần Thị Bình").Addresses);
        Assert.Equal("Identify", binh.Session!.State);
    }

    [Fact]
    public async Task SharedContact_NotOnTheList_IsPolitelyToldToCallTheOffice()
    {
        using var bot = Create();
        var (guest, _) = await bot.GivenAskedWhoTheyAreAsync("guest");

        var reply = await guest.SharesContact("0909000000");

        Assert.Contains("chưa có trong danh sách đại biểu được mời", reply.Text);
        Assert.Contains(OfficePhone, reply.Text);
        Assert.Null(guest.Session!.Flow);
    }

    [Fact]
    public async Task TypedPhoneNumber_IsNotProof_AndTheCodeIsAskedFor()
    {
        using var bot = Create();
        var (binh, _) = await bot.GivenAskedWhoTheyAreAsync("binh");

        var reply = await binh.Says("0983 111 222");

        Assert.Contains("chưa đủ để xác minh", reply.Text);
        Assert.Contains("mã Giấy mời", reply.Text);
        Assert.Empty(Find(bot, "Trần Thị Bình").Addresses);
    }

    [Fact]
    public async Task InvitationCode_TypedInLowerCaseWithSpaces_IsRecognised()
    {
        using var bot = Create();
        await ImportAsync(bot);
        var code = Find(bot, "Lê Văn Cường").InviteCode;
        var cuong = bot.User("cuong");

        var reply = await cuong.Says($"{code[..4].ToLowerInvariant()} {code[4..].ToLowerInvariant()}");

        Assert.Contains("Kính chào đồng chí Lê Văn Cường", reply.Text);
        Assert.Contains("GIẤY MỜI", reply.Text);
        Assert.Equal(["test:cuong"], Find(bot, "Lê Văn Cường").Addresses);
    }

    [Fact]
    public async Task InvitationCode_InTheFlow_IsRecognised()
    {
        using var bot = Create();
        var (cuong, _) = await bot.GivenAskedWhoTheyAreAsync("cuong");

        var reply = await cuong.Says(Find(bot, "Lê Văn Cường").InviteCode);

        Assert.Contains("đồng chí Lê Văn Cường, Trưởng ban", reply.Text);
    }

    [Fact]
    public async Task WrongCodes_Repeated_SlowTheSenderDown()
    {
        using var bot = Create();
        var (guesser, _) = await bot.GivenAskedWhoTheyAreAsync("guesser");
        for (var i = 0; i < 4; i++)
        {
            var wrong = await guesser.Says("ABCDEFGH");
            Assert.Contains("Mã Giấy mời không đúng", wrong.Text);
            Assert.Contains($"còn {4 - i} lần nhập mã", wrong.Text);
        }

        Assert.Contains("nhập sai mã nhiều lần", (await guesser.Says("ABCDEFGH")).Text); // the fifth locks, and says so

        var right = await guesser.Says(Find(bot, "Lê Văn Cường").InviteCode);
        Assert.Contains("nhập sai mã nhiều lần", right.Text);
        Assert.Contains("09:15", right.Text);
        Assert.Empty(Find(bot, "Lê Văn Cường").Addresses);

        bot.Clock.Advance(TimeSpan.FromMinutes(16));
        var later = await guesser.Says(Find(bot, "Lê Văn Cường").InviteCode);
        Assert.Contains("Kính chào đồng chí Lê Văn Cường", later.Text);
    }

    [Fact]
    public async Task WrongLinkToken_IsToldAndCounted()
    {
        using var bot = Create();
        await ImportAsync(bot);

        var reply = await bot.User("x").Says($"/start {DelegateCodes.TokenPrefix}AAAAAAAAAAAAAAAAAAAAAA");

        Assert.Contains("Đường dẫn Giấy mời không đúng", reply.Text);
    }

    [Fact]
    public async Task RecognisedDelegate_StartShowsTheDelegateLine()
    {
        using var bot = Create();
        var an = await bot.GivenAnInvitedDelegateAsync();
        await an.Says("/cancel");

        var reply = await an.Says("/start");

        Assert.Contains("Đồng chí Nguyễn Văn An là đại biểu được mời dự Hội nghị", reply.Text);
    }

    [Fact]
    public async Task AccountAlreadyAnsweringForOneDelegate_CannotClaimASecond()
    {
        using var bot = Create();
        var an = await bot.GivenAnInvitedDelegateAsync();

        var reply = await OpensLinkAsync(an, Find(bot, "Trần Thị Bình"));

        Assert.Contains("đã được dùng để trả lời Giấy mời của đ/c Nguyễn Văn An", reply.Text);
        Assert.Empty(Find(bot, "Trần Thị Bình").Addresses);
    }
}
