using HungYen.Bot.Core.Delegates.Reminders;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HungYen.Bot.Core.Delegates;

public static class DelegatesExtensions
{
    /// <summary>Delegates: the invitation list, the attendance flow, seats, conference facts, check-in and office views.</summary>
    public static IServiceCollection AddDelegates(this IServiceCollection services)
    {
        services.AddValidatedOptions<DelegatesOptions>(DelegatesOptions.Section);
        services.TryAddSingleton<ConferenceSchedule>();
        services.AddSingleton<IRoleSource, DelegateRoles>();

        services.AddSingleton<AttendanceSteps>();
        services.AddSingletonAs<AttendanceFlow, IConversationFlow>();
        services.AddSingleton<IConversationFlow, DelegateImportFlow>();
        services.AddSingletonAs<DelegateImportJob, IJobWork>();

        // Check-in codes first: staff typing a short code mean a check-in, never claiming someone's invitation.
        services.AddSingleton<CheckInDesk>();
        services.AddSingleton<IStartCodeHandler, CheckInStartCodes>();
        services.AddSingleton<IStartCodeHandler, DelegateStartCodes>();

        services.AddSingleton<IBotCommand, TakeSeatCommand>();
        services.AddSingleton<IBotCommand, CheckInCommand>();
        services.AddSingleton<IBotCommand, CheckInProgressCommand>();
        services.AddSingleton<IBotCommand, CheckInStaffCommand>();
        services.AddSingleton<IBotCommand, ConferenceTimeCommand>();
        services.AddSingleton<IBotCommand, ConferenceVenueCommand>();
        services.AddSingleton<ConferenceChangeSender>();
        services.AddSingleton<IBotCommand, ReleaseInvitationCommand>();
        services.AddSingleton<IBotCommand, LinkInvitationCommand>();
        services.AddSingleton<IBotCommand, RemoveDelegateCommand>();
        services.AddSingleton<IBotCommand, LinkHeldRowCommand>();
        services.AddSingleton<IBotCommand, NewFromHeldRowCommand>();
        services.AddSingleton<IBotCommand, UndoCheckInCommand>();
        services.AddSingleton<IBotCommand, ResendInvitationCommand>();
        services.AddSingleton<IBotCommand, ConferenceConfirmCommand>();
        services.AddSingleton<IBotCommand, ConferenceCancelCommand>();
        services.AddSingleton<IBotCommand, DelegateSummaryCommand>();
        services.AddSingleton<IBotCommand, DelegateExportCommand>();
        services.AddSingleton<IBotCommand, InvitationPackCommand>();
        services.AddSingleton<IScheduleSource, DelegateReminders>();
        services.AddSingleton<IScheduleSource, SeatOfferExpiry>();
        services.AddSingleton<ISummarySection, DelegateSummarySection>();
        services.AddSingletonAs<DelegatesPersonalData, IPersonalDataSource, IRetentionPolicy>();
        return services;
    }
}
