using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Conversations;

/// <summary>Every flow is declared the same way: one base, its card (name, label, command) once, a table of stages.</summary>
public sealed class OneFlowIdiomTests
{
    [Fact]
    public void EveryFlow_IsDeclaredOnTheOneBase_WithItsOwnNameAndCommand()
    {
        using var host = BotHost.CreateBuilder([BotHost.ConsoleSwitch]).Build();
        var flows = host.Services.GetServices<IConversationFlow>().ToList();

        Assert.True(flows.Count >= 8, $"only {flows.Count} flows are wired");
        Assert.All(flows, flow => Assert.True(IsStaged(flow.GetType()), $"{flow.GetType().Name} is not a StagedFlow"));
        Assert.Equal(flows.Count, flows.Select(f => f.Name).Distinct().Count());
        var commands = flows.Select(f => f.Command).OfType<string>().ToList();
        Assert.Equal(commands.Count, commands.Distinct().Count());
        Assert.Contains("dexuat", commands);
        Assert.Contains("giaymoi", commands);
    }

    [Fact]
    public async Task Identify_WrongCode_HintThenTheQuestionWithTheContactButton()
    {
        using var bot = Create();
        var (guesser, _) = await bot.GivenAskedWhoTheyAreAsync("guesser");

        var wrong = await guesser.Says("ABCDEFGH");

        Assert.Equal(2, wrong.Messages.Count);
        Assert.Contains("Mã Giấy mời không đúng", wrong.Messages[0].Text);
        Assert.Contains("Để mở Giấy mời", wrong.Last.Text);
        Assert.True(wrong.Last.Message.RequestContact);
        Assert.Equal(["✖️ Hủy"], wrong.Choices);
        Assert.Equal("Identify", guesser.Session!.State);
    }

    [Fact]
    public async Task Identify_LockedOut_SaysWhyOnceAndAsksNothingMore()
    {
        using var bot = Create();
        var (guesser, _) = await bot.GivenAskedWhoTheyAreAsync("guesser");
        for (var i = 0; i < 4; i++)
        {
            await guesser.Says("ABCDEFGH");
        }

        var locked = await guesser.Says("ABCDEFGH");

        var only = Assert.Single(locked.Messages);
        Assert.Contains("nhập sai mã nhiều lần", only.Text);
        Assert.Empty(only.Message.Choices);
        Assert.Equal("attendance", guesser.Session!.Flow);
        Assert.Equal("Identify", guesser.Session.State);
    }

    private static bool IsStaged(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(StagedFlow<,,>))
            {
                return true;
            }
        }

        return false;
    }
}
