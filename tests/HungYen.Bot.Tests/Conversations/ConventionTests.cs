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

        var adminOnly = host.Services.GetServices<IBotCommand>().Where(c => c.AdminOnly).ToList();

        Assert.NotEmpty(adminOnly);
        Assert.All(adminOnly, c => Assert.IsAssignableFrom<OfficeCommand>(c));
    }
}
