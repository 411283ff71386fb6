using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conference;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Conversations.ContactOffice;
using HungYen.Bot.Core.Jobs;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Privacy;
using HungYen.Bot.Core.Privacy.Retention;
using HungYen.Bot.Core.Privacy.Rights;
using HungYen.Bot.Core.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HungYen.Bot.Core.Conversations;

public static class ConversationExtensions
{
    /// <summary>The conversation engine, its flows, the outbound sender and the options they read.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OfficeOptions>().BindConfiguration(OfficeOptions.Section).ValidateOnStart();
        services.AddOptions<ConferenceOptions>().BindConfiguration(ConferenceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SenderOptions>().BindConfiguration(SenderOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<LocalTime>();
        services.AddSingleton<ConferenceSchedule>();
        services.AddSingleton<ParticipantResolver>();
        services.AddSingleton<ConsentGate>();
        services.AddSingleton<CodeAttemptThrottle>();
        services.AddSingleton<ChannelRegistry>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxService>();
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FinishedJobs>();
        services.AddSingleton<IRetentionPolicy>(sp => sp.GetRequiredService<FinishedJobs>());
        services.AddSingleton<IPersonalDataSource>(sp => sp.GetRequiredService<FinishedJobs>());
        services.AddSingleton<JobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<CommandMenus>();
        services.AddSingleton<ConversationMenu>();
        services.AddSingleton<StartCodes>();
        services.AddSingleton<GlobalCommands>();
        services.AddSingleton<TurnRouter>();
        services.AddSingleton<ConversationEngine>();
        services.AddSingleton<IUpdateSink>(sp => sp.GetRequiredService<ConversationEngine>());

        services.AddSingleton<IConversationFlow, ContactOfficeFlow>();
        services.AddSingleton<IConversationFlow, PrivacyRightsFlow>();
        services.AddSingleton<IPersonalDataSource, ConversationPersonalData>();
        return services;
    }
}
