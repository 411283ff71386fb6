namespace HungYen.Bot.Core.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>The scheduler of reminders and the daily summary, ticking in the background; the office's /lich and /baocao.</summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddValidatedOptions<ScheduleOptions>(ScheduleOptions.Section);
        services.AddSingleton<Scheduler>();
        services.AddSingleton<ScheduleTitles>();
        services.AddSingleton<IBotCommand, ScheduleCommand>();
        services.AddSingletonAs<DailySummary, IScheduleSource>();
        services.AddSingleton<ISummarySection, CoreSummarySection>();
        services.AddSingleton<IBotCommand, SummaryCommand>();
        services.AddSingleton<IScheduleSource, RetentionJob>();
        services.AddSingleton<IRetentionPolicy, ConversationRetention>();
        services.AddHostedService<SchedulerService>();
        return services;
    }
}
