using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Conversations;

public sealed class ContactOfficeFlowTests : IDisposable
{
    private const string Menu = "✉️ Gửi ý kiến tới Văn phòng Sở";
    private readonly TempDatabase _database = new("hy");

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task HappyPath_MessageReachesEveryAdminAndUserIsThanked()
    {
        using var bot = new ChatHarness(new Dictionary<string, string?> { ["Office:AdminUserIds:1"] = "test:admin2" });
        var user = bot.User("u", "Trần Thị Bình");
        await user.Says("/start");
        await user.Presses(Menu);

        var review = await user.Says("Đơn vị chưa nhận được mã đăng ký");
        Assert.Contains("«Đơn vị chưa nhận được mã đăng ký»", review.Text);
        Assert.Equal(["📨 Gửi", "✏️ Viết lại", "✖️ Hủy"], review.Choices);

        var sent = await user.Presses("📨 Gửi");

        Assert.Contains("Đã gửi ý kiến", sent.Text);
        Assert.Contains("Trân trọng", sent.Text);
        foreach (var admin in new[] { "admin", "admin2" })
        {
            var notice = Assert.Single(bot.InboxOf(admin));
            Assert.Contains("Trần Thị Bình (test:u)", notice.Text);
            Assert.Contains("Đơn vị chưa nhận được mã đăng ký", notice.Text);
        }

        Assert.Null(user.Session!.Flow);
    }

    [Fact]
    public async Task SummaryChatConfigured_NoticeGoesThereOnly()
    {
        using var bot = new ChatHarness(new Dictionary<string, string?> { ["Office:SummaryChatId"] = "test:-100777" });
        var user = bot.User("u");
        await user.Says("/start");
        await user.Presses(Menu);
        await user.Says("Xin hỏi thời hạn nộp hồ sơ");
        await user.Presses("📨 Gửi");

        Assert.Single(bot.InboxOf("-100777"));
        Assert.Empty(bot.InboxOf("admin"));
    }

    [Theory]
    [InlineData("abc", "quá ngắn")]
    [InlineData("   ", "quá ngắn")]
    public async Task Writing_InvalidText_IsRejectedWithHintAndStepKept(string text, string hint)
    {
        using var bot = new ChatHarness();
        var user = bot.User("u");
        await user.Says("/start");
        await user.Presses(Menu);

        var reply = await user.Says(text);

        Assert.Contains(hint, reply.Text);
        Assert.Contains("Xin đồng chí nhập nội dung", reply.Last.Text);
        Assert.Equal("Writing", user.Session!.State);
    }

    [Fact]
    public async Task Writing_TooLong_IsRejected()
    {
        using var bot = new ChatHarness();
        var user = bot.User("u");
        await user.Says("/start");
        await user.Presses(Menu);

        var reply = await user.Says(new string('a', 2001));

        Assert.Contains("dài quá 2.000 ký tự", reply.Text);
        Assert.Equal("Writing", user.Session!.State);
    }

    [Fact]
    public async Task Reviewing_Rewrite_GoesBackAndKeepsNothingSent()
    {
        using var bot = new ChatHarness();
        var user = bot.User("u");
        await user.Says("/start");
        await user.Presses(Menu);
        await user.Says("Nội dung thứ nhất");

        var back = await user.Presses("✏️ Viết lại");
        var review = await user.Says("Nội dung thứ hai");

        Assert.Contains("Xin đồng chí nhập nội dung", back.Text);
        Assert.Contains("«Nội dung thứ hai»", review.Text);
        Assert.Empty(bot.InboxOf("admin"));
    }

    [Fact]
    public async Task Reviewing_TypedTextInsteadOfChoice_IsReaskedWithChoices()
    {
        using var bot = new ChatHarness();
        var user = bot.User("u");
        await user.Says("/start");
        await user.Presses(Menu);
        await user.Says("Nội dung thứ nhất");

        var reply = await user.Says("gửi đi nhé");

        Assert.Contains("Xin đồng chí chọn một trong các lựa chọn", reply.Text);
        Assert.Equal(["📨 Gửi", "✏️ Viết lại", "✖️ Hủy"], reply.Choices);
        Assert.Equal("Reviewing", user.Session!.State);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Cancel_AtEveryStep_EndsFlowAndSendsNothing(bool atReview)
    {
        using var bot = new ChatHarness();
        var user = bot.User("u");
        await user.Says("/start");
        await user.Presses(Menu);
        if (atReview)
        {
            await user.Says("Nội dung sẽ hủy");
        }

        var reply = await user.Presses("✖️ Hủy");

        Assert.Contains("Đã hủy", reply.Text);
        Assert.Null(user.Session!.Flow);
        Assert.Empty(bot.InboxOf("admin"));
        Assert.Contains("Hiện không có thao tác nào đang làm dở", (await user.Says("/cancel")).Text);
    }

    [Fact]
    public async Task Restart_MidFlow_ResumesAtTheSameStepWithTheDraft()
    {
        using (var before = new ChatHarness(databasePath: _database.Path))
        {
            var user = before.User("u");
            await user.Says("/start");
            await user.Presses(Menu);
            await user.Says("Nội dung trước khi khởi động lại");
        }

        using var after = new ChatHarness(databasePath: _database.Path);
        var resumed = after.User("u");
        Assert.Equal("Reviewing", resumed.Session!.State);

        var sent = await resumed.Says("1");

        Assert.Contains("Đã gửi ý kiến", sent.Text);
        Assert.Contains("Nội dung trước khi khởi động lại", Assert.Single(after.InboxOf("admin")).Text);
    }

    [Fact]
    public async Task Admin_DoesNotSeeContactOfficeInMenu()
    {
        using var bot = new ChatHarness();

        var reply = await bot.Admin.Says("/menu");

        Assert.DoesNotContain(Menu, reply.Choices);
    }
}
