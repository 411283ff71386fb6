using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Options;
using HungYen.Bot.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Hosting;

public static class SchedulingExtensions
{
    /// <summary>The scheduler of reminders and summaries, ticking in the background, and the office's /lich listing.</summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Scheduler>();
        services.AddSingleton<IBotCommand, ScheduleCommand>();
        services.AddHostedService<SchedulerService>();
        return services;
    }
}
