using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// The bad-input corpus thrown at every step of every flow a guest and an admin can open: never a crash, always an
/// answer, and the conversation stays in a valid step.
/// </summary>
public sealed class BadInputTests
{
    [Fact]
    public void Corpus_HasAtLeast200Inputs() => Assert.True(BadInputCorpus.All().Count() + BadInputCorpus.ForgedButtons().Count() >= 200);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryInput_AtTheMenuAndAtEveryFlowsFirstStep_IsAnsweredWithoutFailure(bool asAdmin)
    {
        using var bot = new ChatHarness();
        var flows = bot.Services.GetServices<IConversationFlow>().ToList();
        var inputs = BadInputCorpus.All().ToList();
        var person = 0;
        foreach (var input in inputs)
        {
            var user = asAdmin ? bot.Admin : bot.User($"p{person++}");
            await user.Says("/cancel");
            var menu = await user.Says("/menu");
            var entry = menu.Choices.Count == 0 ? null : menu.Choices[person % menu.Choices.Count];
            if (entry is not null)
            {
                await user.Presses(entry);
            }

            var reply = await user.Says(input);

            Assert.True(reply.Messages.Count > 0, $"No answer to «{Show(input)}» at {user.Session?.Flow}/{user.Session?.State}");
            Assert.All(reply.Messages, m => Assert.True(m.Text.Length > 0));
            AssertValidState(user, flows);
        }

        Assert.Empty(bot.Store.Query<FailedUpdate>());
    }

    [Fact]
    public async Task EveryInput_AtEveryReachableStep_NeverFails()
    {
        // Walk each flow one step further per input: answers that are accepted move on, the rest are re-asked.
        using var bot = new ChatHarness();
        var flows = bot.Services.GetServices<IConversationFlow>().ToList();
        var user = bot.User("walker");
        await user.Says("/start");
        foreach (var input in BadInputCorpus.All())
        {
            if (user.Session?.Flow is null)
            {
                var menu = await user.Says("/menu");
                if (menu.Choices.Count > 0)
                {
                    await user.Presses(menu.Choices[0]);
                }
            }

            var reply = await user.Says(input);
            Assert.True(reply.Messages.Count > 0, $"No answer to «{Show(input)}»");
            AssertValidState(user, flows);
        }

        Assert.Empty(bot.Store.Query<FailedUpdate>());
    }

    [Fact]
    public async Task ForgedButtons_AreAnsweredAsStaleAndChangeNothing()
    {
        using var bot = new ChatHarness();
        var user = bot.User("u");
        await user.Says("/start");
        foreach (var data in BadInputCorpus.ForgedButtons())
        {
            var before = bot.Channel.Answers.Count;
            await user.PressesRaw(data);
            Assert.True(bot.Channel.Answers.Count > before, $"Button «{data}» was not answered");
            Assert.Null(user.Session!.Flow);
        }

        Assert.Empty(bot.Store.Query<FailedUpdate>());
    }

    [Fact]
    public async Task ButtonFromAnotherPersonsMessage_IsStale()
    {
        using var bot = new ChatHarness();
        var alice = bot.User("alice");
        var bob = bot.User("bob");
        await alice.Says("/start");
        await bob.Says("/start");
        var alicesMenu = alice.Inbox.Last(m => m.Message.Choices.Count > 0);
        await bob.Says("/menu"); // bob's stamp moves on

        await bob.PressesOn(alicesMenu, alicesMenu.Labels[0]);

        Assert.Contains(bot.Channel.Answers, a => a.Notice is not null);
        Assert.Null(bob.Session!.Flow);
    }

    [Fact]
    public async Task GuestCallingAdminCommands_IsRefusedPolitely()
    {
        using var bot = new ChatHarness();
        var guest = bot.User("guest");
        foreach (var command in new[] { "/lich", "/xuat", "/duyet", "/export" })
        {
            var reply = await guest.Says(command);
            Assert.Contains("Lệnh này không có hoặc đồng chí không có quyền", reply.Text);
        }
    }

    [Fact]
    public async Task WrongFiles_AreAnsweredWithoutFailure()
    {
        using var bot = new ChatHarness();
        var user = bot.User("u");
        await user.Says("/start");
        var replies = new[]
        {
            await user.SendsFile("virus.exe", [0x4D, 0x5A, 0x90, 0x00]),
            await user.SendsFile("bao-cao.pdf", [0x4D, 0x5A, 0x90, 0x00]),
            await user.SendsFile("", []),
            await user.SendsFile("a.docx", new byte[1024 * 1024]),
        };

        Assert.All(replies, r => Assert.NotEmpty(r.Messages));
        Assert.Empty(bot.Store.Query<FailedUpdate>());
    }

    private static void AssertValidState(ChatUser user, IReadOnlyList<IConversationFlow> flows)
    {
        var session = user.Session;
        if (session?.Flow is not { } name)
        {
            return;
        }

        Assert.Contains(flows, f => f.Name == name);
        Assert.False(string.IsNullOrEmpty(session.State), $"Flow {name} has no step");
    }

    private static string Show(string input) => input.Length > 40 ? input[..40] + "…" : input;
}
