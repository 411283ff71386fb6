using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Privacy;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Core.Summary;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>Only a person in a private chat is acted for: groups and Telegram's shared senders never enrol, consent or act.</summary>
public sealed class WhoIsSpeakingTests() : RealHostTest("hy-who")
{
    private const long Group = -1001234567890;
    private const long Person = 6401;


    protected override IDictionary<string, string?> HostSettings => new Dictionary<string, string?> { ["Office:SummaryChatId"] = $"telegram:{Group}" };

    [Fact]
    public async Task Group_PersonSendsStartWithTheUnitCode_OnlyAPointerNothingEnrolledOrConsented()
    {
        var code = Bot.Store.Query<Unit>().First(u => u.Active).EnrolmentCode;

        var update = Fake.UserSaysInGroup(Group, Person, $"/start {code}");
        var pointer = await Fake.WaitForMessageAsync(m => m.ChatId == Group, RunningBot.Wait);
        await RunningBot.UntilAsync(() => Bot.Store.WasProcessed($"telegram:{update}"));

        Assert.Contains("chỉ làm việc trong trò chuyện riêng", pointer.Text);
        Assert.Empty(pointer.Buttons);
        Assert.DoesNotContain(code, pointer.Text);
        Assert.Null(Bot.Store.Find<UnitStaff>($"telegram:{Person}"));
        Assert.Null(Bot.Store.Find<Consent>($"telegram:{Person}"));
        Assert.Null(Bot.Store.Find<HungYen.Bot.Core.Conversations.ConversationSession>($"telegram:{Person}"));
        Assert.DoesNotContain(Fake.Sent, m => m.ChatId == Person);
    }

    [Theory]
    [InlineData(1087968824L, null)] // an anonymous group admin
    [InlineData(136817688L, -1009876543210L)] // on behalf of a channel
    [InlineData(777000L, null)] // the "Telegram" service account
    [InlineData(6402L, -1009876543210L)] // a person posting as a chat
    public async Task SharedSender_AdminCommandOrCode_NeverActsForAnyone(long from, long? senderChat)
    {
        var code = Bot.Store.Query<Unit>().First(u => u.Active).EnrolmentCode;
        var chatter = Fake.UserSaysInGroup(Group, from, code, senderChat); // the code alone: chatter, no answer
        var command = Fake.UserSaysInGroup(Group, from, "/daibieu", senderChat);

        await RunningBot.UntilAsync(() => Bot.Store.WasProcessed($"telegram:{command}") && Bot.Store.WasProcessed($"telegram:{chatter}"));
        await Fake.WaitForMessageAsync(m => m.ChatId == Group, RunningBot.Wait);

        Assert.Single(Fake.Sent, m => m.ChatId == Group); // the pointer, once
        Assert.Empty(Bot.Store.Query<UnitStaff>());
        Assert.Empty(Bot.Store.Query<Consent>());
        Assert.Empty(Bot.Store.Query<HungYen.Bot.Core.Conversations.ConversationSession>());
    }

    [Fact]
    public async Task Group_ButtonPress_AnsweredWithThePointerOnly()
    {
        Fake.UserPressesInGroup(Group, Person, "/duyet", 1);

        await RunningBot.UntilAsync(() => !Fake.CallbackAnswers.IsEmpty);

        Assert.Contains("trò chuyện riêng", Fake.CallbackAnswers.Single().Text);
        Assert.DoesNotContain(Fake.Sent, m => m.ChatId == Group || m.ChatId == Person);
    }

    [Fact]
    public void DailySummary_ToAGroupSummaryChat_NoPhoneNumbersNoNamesNoWorkbooks()
    {
        var changes = new ChangeSet();
        changes.Upsert(new HungYen.Bot.Core.Delegates.Delegate { Id = "d1", FullName = "Hoàng Văn Em", Organization = "UBND xã", Phone = "0912345678", Token = "t", InviteCode = "K7M2QX9P", CheckInCode = "C1" });
        Bot.Store.Commit(changes);
        var summary = Bot.Host.Services.GetRequiredService<DailySummary>();

        var toGroup = summary.Render(new ScheduledMessage { Id = "s", Recipient = $"telegram:{Group}" }, DateTimeOffset.UtcNow, new ChangeSet());
        var toAdmin = summary.Render(new ScheduledMessage { Id = "s", Recipient = $"telegram:{RunningBot.AdminChat}" }, DateTimeOffset.UtcNow, new ChangeSet());

        var text = Assert.Single(toGroup).Text;
        Assert.DoesNotContain("0912345678", text);
        Assert.DoesNotContain("Hoàng Văn Em", text);
        Assert.Contains("không gửi vào nhóm", text);
        Assert.Contains(toAdmin, m => m.Text.Contains("0912345678")); // the admin's own chat still gets everything
        Assert.Contains(toAdmin, m => m.File is not null);
    }
}
