using System.Text.Json;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Conversations.ContactOffice;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Conversations;

public sealed class EngineTranscriptTests : IDisposable
{
    private readonly ChatHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Start_Guest_IsWelcomedInVietnameseAndToldHowToEnrol()
    {
        var reply = await _bot.User("khach", "Nguyễn Văn An").Says("/start");

        Assert.Contains("Kính chào đồng chí Nguyễn Văn An", reply.Text);
        Assert.Contains("chưa được ghi nhận", reply.Text);
        Assert.Contains("/id", reply.Text);
        Assert.Contains("✉️ Gửi ý kiến tới Văn phòng Sở", reply.Choices);
    }

    [Fact]
    public async Task Start_Admin_IsToldTheOfficeRole()
    {
        var reply = await _bot.Admin.Says("/start");

        Assert.Contains("cán bộ quản trị của Văn phòng Sở", reply.Text);
        Assert.DoesNotContain("chưa được ghi nhận", reply.Text);
    }

    [Fact]
    public async Task Id_AnyUser_ShowsChannelQualifiedId()
    {
        var reply = await _bot.User("12345").Says("/id");

        Assert.Contains("test:12345", reply.Text);
    }

    [Fact]
    public async Task Help_MidFlow_ExplainsCommandsAndRepeatsTheCurrentQuestion()
    {
        var user = _bot.User("u");
        await user.GivenWritingToTheOfficeAsync();

        var reply = await user.Says("/help");

        Assert.Contains("/cancel", reply.Text);
        Assert.Contains("Xin đồng chí nhập nội dung câu hỏi", reply.Last.Text);
        Assert.Equal("Writing", user.Session!.State);
    }

    [Fact]
    public async Task Start_MidFlow_KeepsTheStepAndRepeatsItsQuestion()
    {
        var user = _bot.User("u");
        await user.GivenWritingToTheOfficeAsync();

        var reply = await user.Says("/start");

        Assert.Contains("Kính chào", reply.Text);
        Assert.Contains("Xin đồng chí nhập nội dung câu hỏi", reply.Last.Text);
        Assert.Equal("contact-office", user.Session!.Flow);
    }

    [Fact]
    public async Task Menu_MidFlow_OffersToResumeAndResumingRepeatsTheQuestion()
    {
        var user = _bot.User("u");
        await user.GivenWritingToTheOfficeAsync();

        var menu = await user.Says("/menu");
        Assert.Contains("Đồng chí đang làm dở việc «✉️ Gửi ý kiến tới Văn phòng Sở»", menu.Text);
        Assert.Equal("↩️ Tiếp tục việc đang làm", menu.Choices[0]);

        var resumed = await user.Presses("↩️ Tiếp tục việc đang làm");
        Assert.Contains("Xin đồng chí nhập nội dung câu hỏi", resumed.Text);
        Assert.Equal("Writing", user.Session!.State);
    }

    [Fact]
    public async Task Menu_MidFlowPickingAnotherTask_AbandonsTheFirst()
    {
        var user = _bot.User("u");
        await user.GivenWritingToTheOfficeAsync();
        await user.Says("/menu");

        await user.Presses("🔒 Dữ liệu cá nhân của tôi");

        Assert.Equal("privacy", user.Session!.Flow);
    }

    [Fact]
    public async Task Text_InNfdAndWithControlCharacters_IsStoredAsCleanNfc()
    {
        var user = _bot.User("u");
        await user.GivenWritingToTheOfficeAsync();

        var review = await user.Says("Nguye\u0302\u0303n\u0000 Va\u0306n An");

        Assert.Contains("«Nguyễn Văn An»", review.Text);
        Assert.Equal("Nguyễn Văn An", JsonSerializer.Deserialize<ContactOfficeDraft>(user.Session!.Get(ContactOfficeFlow.DraftKey)!)!.Message);
    }

    [Fact]
    public async Task FreeText_NoFlow_GetsPoliteNotUnderstoodAndTheMenu()
    {
        var reply = await _bot.User("u").Says("alo alo");

        Assert.Contains("Xin lỗi, tôi chưa hiểu ý đồng chí", reply.Text);
        Assert.NotEmpty(reply.Choices);
    }

    [Fact]
    public async Task UnknownCommand_GetsHelpfulAnswer()
    {
        var reply = await _bot.User("u").Says("/khongco");

        Assert.Contains("Lệnh này không có", reply.Text);
    }

    [Fact]
    public async Task Choice_ByNumberOrByLabelWithoutDiacritics_Works()
    {
        var user = _bot.User("u");
        await user.Says("/start");

        var byNumber = await user.Says("1");
        Assert.Contains("Xin đồng chí nhập nội dung", byNumber.Text);

        var byLabel = await user.Says("huy");
        Assert.Contains("Đã hủy", byLabel.Text);
        Assert.Null(user.Session!.Flow);
    }

    [Fact]
    public async Task Button_FromAnOlderQuestion_IsAnsweredAsStaleAndChangesNothing()
    {
        var user = _bot.User("u");
        await user.Says("/start");
        var oldMenu = user.Inbox.Last(m => m.Message.Choices.Count > 0);
        await user.Presses("✉️ Gửi ý kiến tới Văn phòng Sở");
        await user.Says("Đề nghị hướng dẫn cách nộp hồ sơ");

        var reply = await user.PressesOn(oldMenu, "✉️ Gửi ý kiến tới Văn phòng Sở");

        Assert.Empty(reply.Messages);
        Assert.Contains(_bot.Channel.Answers, a => a.Notice is not null && a.Notice.Contains("không còn hiệu lực"));
        Assert.Equal("Reviewing", user.Session!.State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("zz|menu:contact-office")]
    [InlineData("1|menu:khong-co")]
    public async Task Button_Forged_IsAnsweredAsStale(string data)
    {
        var user = _bot.User("u");
        await user.Says("/start");

        await user.PressesRaw(data);

        Assert.Contains(_bot.Channel.Answers, a => a.Notice is not null && a.Notice.Contains("không còn hiệu lực"));
        Assert.Null(user.Session!.Flow);
    }

    [Fact]
    public async Task Button_PressedOnCurrentQuestion_IsMarkedWithTheChoiceAndAnswered()
    {
        var user = _bot.User("u");
        await user.Says("/start");

        await user.Presses("✉️ Gửi ý kiến tới Văn phòng Sở");

        Assert.Contains(_bot.Channel.Edits, e => e.Text.Contains("➜ ✉️ Gửi ý kiến tới Văn phòng Sở"));
        Assert.Contains(_bot.Channel.Answers, a => a.Notice is null);
    }

    [Fact]
    public async Task SameUpdateKey_DeliveredTwice_IsAppliedOnce()
    {
        var user = _bot.User("u");

        var first = await user.SaysWithKey("test:42", "/id");
        var second = await user.SaysWithKey("test:42", "/id");

        Assert.Single(first.Messages);
        Assert.Empty(second.Messages);
        Assert.True(_bot.Store.WasProcessed("test:42"));
    }

    [Fact]
    public async Task ManyPeopleAtOnce_EachGetsTheirOwnAnswersInOrder()
    {
        var users = Enumerable.Range(0, 20).Select(i => _bot.User($"p{i}")).ToList();

        await Task.WhenAll(users.Select(async u =>
        {
            await u.Says("/start");
            await u.Says("1");
            await u.Says($"Kiến nghị của người {u.Id}");
        }));

        Assert.All(users, u => Assert.Equal("Reviewing", u.Session!.State));
        Assert.All(users, u => Assert.Contains($"Kiến nghị của người {u.Id}", u.Inbox[^1].Text));
    }
}

public sealed class EngineFailureTests : IDisposable
{
    private readonly ChatHarness _bot = new(services: s => s.AddSingleton<IBotCommand, ThrowingCommand>());

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Handler_Throws_UserGetsApologyFailureIsRecordedAndNextUpdateWorks()
    {
        var user = _bot.User("u");
        await user.GivenWritingToTheOfficeAsync();

        var failed = await user.Says("/boom");
        var next = await user.Says("Nội dung kiến nghị sau lỗi");

        Assert.Contains("Xin lỗi đồng chí, hệ thống gặp sự cố", failed.Text);
        Assert.Single(_bot.Store.Query<FailedUpdate>());
        Assert.Contains("Nội dung kiến nghị sau lỗi", next.Text);
        Assert.Equal("Reviewing", user.Session!.State);
    }

    private sealed class ThrowingCommand : IBotCommand
    {
        public CommandCard Card { get; } = new("boom", "Thử lỗi", "Fail");

        public Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
        {
            turn.Session.State = "Broken"; // must not be saved
            throw new InvalidOperationException("boom");
        }
    }
}
