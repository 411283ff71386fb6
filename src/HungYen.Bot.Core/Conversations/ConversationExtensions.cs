using HungYen.Bot.Core.Conversations.ContactOffice;
using HungYen.Bot.Core.Privacy.Rights;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HungYen.Bot.Core.Conversations;

public static class ConversationExtensions
{
    /// <summary>The conversation engine, its flows, the outbound sender and the options they read.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<BotOptions>(BotOptions.Section);
        services.AddOptions<OfficeOptions>().BindConfiguration(OfficeOptions.Section).ValidateOnStart();
        services.AddValidatedOptions<ConferenceOptions>(ConferenceOptions.Section);
        services.AddValidatedOptions<PrivacyOptions>(PrivacyOptions.Section);
        services.AddValidatedOptions<SenderOptions>(SenderOptions.Section);

        services.AddSingleton<LocalTime>();
        services.AddSingleton<ConferenceSchedule>();
        services.AddSingleton<ParticipantResolver>();
        services.AddSingleton<ConsentGate>();
        services.AddSingleton<CodeAttemptThrottle>();
        services.AddSingleton<ChannelRegistry>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxService>();
        services.AddValidatedOptions<JobOptions>(JobOptions.Section);
        services.AddSingletonAs<FinishedJobs, IRetentionPolicy, IPersonalDataSource>();
        services.AddHostedSingleton<JobRunner>();
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<CommandMenus>();
        services.AddSingleton<ConversationMenu>();
        services.AddSingleton<StartCodes>();
        services.AddSingleton<GlobalCommands>();
        services.AddSingleton<TurnRouter>();
        services.AddSingleton<TurnFactory>();
        services.AddSingleton<FailedTurns>();
        services.AddSingleton<ButtonAnswers>();
        services.AddSingleton<TurnSteps>();
        services.AddSingleton<BatchRunner>();
        services.AddSingletonAs<ConversationEngine, IUpdateSink>();

        services.AddSingleton<IConversationFlow, ContactOfficeFlow>();
        services.AddSingleton<IConversationFlow, PrivacyRightsFlow>();
        services.AddSingleton<IPersonalDataSource, ConversationPersonalData>();
        return services;
    }
}
