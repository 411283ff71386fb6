using HungYen.Bot.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Support;

/// <summary>The scheduler's tick, as the host's timer runs it, for a bot whose clock the test moves.</summary>
public static class SchedulerTicks
{
    /// <summary>One tick of the scheduler: how many messages it sent.</summary>
    public static Task<int> TickAsync(this ChatHarness bot) => bot.Services.GetRequiredService<Scheduler>().TickAsync(CancellationToken.None);

    /// <summary>The clock moved to <paramref name="at"/>, then one tick: how many messages it sent.</summary>
    public static Task<int> TickAtAsync(this ChatHarness bot, DateTimeOffset at)
    {
        bot.Clock.SetUtcNow(at);
        return bot.TickAsync();
    }
}
