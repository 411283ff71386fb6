using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Conversations;

public sealed class ConventionTests
{
    [Fact]
    public void TurnStore_GivesFlowsReadsButNoCommit()
    {
        Assert.Equal(typeof(IRecordReader), typeof(Turn).GetProperty(nameof(Turn.Store))!.PropertyType);
        Assert.DoesNotContain(typeof(IRecordReader).GetMethods(), m => m.Name == nameof(IRecordStore.Commit));
    }

    [Fact]
    public void EveryAdminOnlyCommand_IsAnOfficeCommand()
    {
        using var host = BotHost.CreateBuilder([BotHost.ConsoleSwitch]).Build();

        var commands = host.Services.GetServices<IBotCommand>().ToList();
        var adminOnly = commands.Where(c => c.Card.AdminOnly).ToList();

        Assert.NotEmpty(adminOnly);
        Assert.All(adminOnly, c => Assert.IsAssignableFrom<OfficeCommand>(c));
        Assert.All(commands.OfType<OfficeCommand>(), c => Assert.True(c.Card.AdminOnly, $"/{c.Name} is an office command with a card not made by CommandCard.Office"));
    }

    [Fact]
    public void EveryCommandName_IsDeclaredOnce()
    {
        using var host = BotHost.CreateBuilder([BotHost.ConsoleSwitch]).Build();

        var names = host.Services.GetServices<IBotCommand>().Select(c => c.Card.Name).ToList();

        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.All(names, n => Assert.Matches("^[a-z0-9_]+$", n));
    }
}
