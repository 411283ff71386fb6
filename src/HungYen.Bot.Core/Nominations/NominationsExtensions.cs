using HungYen.Bot.Core.Nominations.Reminders;
using HungYen.Bot.Core.Nominations.Review;
using HungYen.Bot.Core.Nominations.UnitList;
using HungYen.Bot.Core.Nominations.Units;

namespace HungYen.Bot.Core.Nominations;

public static class NominationsExtensions
{
    /// <summary>Units and enrolment, the nomination wizard, the unit's list, the office's review and export.</summary>
    public static IServiceCollection AddNominations(this IServiceCollection services)
    {
        services.AddValidatedOptions<NominationsOptions>(NominationsOptions.Section);
        services.AddSingleton<Quota>();
        services.AddSingleton<UnitCatalog>();
        services.AddSingleton<IRoleSource, UnitStaffRoles>();
        services.AddSingleton<IStartCodeHandler, EnrolmentCodeHandler>();
        services.AddSingleton<NominationSteps>();
        services.AddSingleton<NominationCard>();
        services.AddSingleton<NominationSubmission>();
        services.AddSingletonAs<NominationWizardFlow, IConversationFlow>();
        services.AddSingleton<IConversationFlow, UnitNominationsFlow>();
        services.AddSingleton<IConversationFlow, NominationReviewFlow>();
        services.AddSingleton<NominationExport>();
        services.AddSingletonAs<ExportCommand, IBotCommand, IJobWork>();
        services.AddSingletonAs<ReportFilesCommand, IBotCommand, IJobWork>();
        services.AddSingleton<IBotCommand, ProposeAliasCommand>();
        services.AddSingletonAs<UnitsCommand, IBotCommand>();
        services.AddSingleton<IBotCommand, RemoveStaffCommand>();
        services.AddSingleton<IBotCommand, ReadmitStaffCommand>();
        services.AddSingleton<IBotCommand, RotateCodeCommand>();
        services.AddSingleton<IScheduleSource, UnitReminders>();
        services.AddSingleton<ISummarySection, NominationSummarySection>();
        services.AddSingleton<IPersonalDataSource, NominationsPersonalData>();
        services.AddSingleton<IRetentionPolicy, NominationsRetention>();
        services.AddHostedService<UnitCatalogStartup>();
        return services;
    }

    /// <summary>Brings the stored units in line with configuration before the bot takes updates.</summary>
    private sealed class UnitCatalogStartup(UnitCatalog catalog) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            catalog.Synchronise();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
