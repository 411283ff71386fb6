using HungYen.Bot.Core.Awards.Lifecycle;

namespace HungYen.Bot.Core.Awards;

public static class AwardsExtensions
{
    /// <summary>Wires the issuing authority, the Council rules and the generated official documents.</summary>
    public static IServiceCollection AddAwards(this IServiceCollection services)
    {
        services.AddValidatedOptions<AwardsOptions>(AwardsOptions.Section);
        services.AddSingleton<DocumentSources>();
        services.AddSingleton<IBotCommand, DocumentCommand>();
        services.AddSingletonAs<InvitationDocumentsJob, IJobWork>();
        services.AddSingleton<IBotCommand, DocumentNumberCommand>();
        services.AddSingleton<IBotCommand, DossierCommand>();
        services.AddSingleton<IBotCommand, CouncilCommand>();
        services.AddSingleton<IConversationFlow, CouncilBallotFlow>();
        services.AddValidatedOptions<CeremonyOptions>(CeremonyOptions.Section);
        services.AddSingleton<IBotCommand, StageCommand>();
        services.AddSingleton<IBotCommand, InviteAwardeesCommand>();
        services.AddSingleton<IScheduleSource, MissingAwardeesNotice>();
        return services;
    }
}
