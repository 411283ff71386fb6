namespace HungYen.Bot.ZaloOa.Zns;

/// <summary>The office's view of the ZNS Giấy mời: counts, then each delegate it has not reached and why.</summary>
public static class ZnsReport
{
    /// <summary>(the counts, fit for a group; the full text with names and phones), or null when none was ever scheduled.</summary>
    public static (string Counts, string Full)? Write(IRecordReader store, LocalTime local)
    {
        var all = store.Query<ZnsInvitation>();
        if (all.Count == 0)
        {
            return null;
        }

        var counts = Vi.Zns.StatusHeader(
            all.Count,
            all.Count(i => i.State is ZnsState.Scheduled or ZnsState.Sending),
            all.Count(i => i.State == ZnsState.Sent),
            all.Count(i => i.State == ZnsState.Delivered),
            all.Count(i => i.State is ZnsState.Failed or ZnsState.Unknown));
        var problems = all.Where(i => i.State is ZnsState.Failed or ZnsState.Unknown || (i.State == ZnsState.Scheduled && i.HasProblem))
            .Select(i => (Invitation: i, Name: store.Find<Core.Delegates.Delegate>(i.DelegateId)?.FullName ?? (string.IsNullOrEmpty(i.FullName) ? Vi.Zns.NoLongerListed : i.FullName)))
            .OrderBy(p => p.Name, Core.Formats.NameRules.PersonOrder)
            .ToList();
        var full = new StringBuilder(counts);
        if (problems.Count > 0)
        {
            full.Append('\n').Append(Vi.Zns.ProblemsHeader);
            foreach (var (i, name) in problems)
            {
                full.Append('\n').Append(Vi.Zns.ProblemLine(name, LocalPhone(i.Phone), Reason(i, local)));
            }
        }

        return (counts, full.ToString());
    }

    /// <summary>Why the invitation has not arrived, as the office reads it; an old record shows the sentence it kept.</summary>
    public static string Reason(ZnsInvitation invitation, LocalTime local) => invitation.Problem switch
    {
        ZnsProblem.NoZaloAccount => Vi.Zns.NoZaloAccount,
        ZnsProblem.BadPhone => Vi.Zns.BadPhone,
        ZnsProblem.CannotReceive => Vi.Zns.CannotReceive,
        ZnsProblem.Refused => Vi.Zns.Refused,
        ZnsProblem.TemplateRejected => Vi.Zns.TemplateRejected,
        ZnsProblem.DailyQuota => Vi.Zns.DailyQuota(Again(invitation, local)),
        ZnsProblem.NightWait => Vi.Zns.NightWait(Again(invitation, local)),
        ZnsProblem.NoBalance => Vi.Zns.NoBalance,
        ZnsProblem.Interrupted => Vi.Zns.Unknown,
        ZnsProblem.Erased => Vi.Zns.PhoneErased,
        _ => invitation.OfficeReason ?? Vi.Zns.Failed(invitation.ErrorCode ?? 0),
    };

    private static string Again(ZnsInvitation invitation, LocalTime local) => local.Format(invitation.NotBefore ?? invitation.ScheduledAt);

    /// <summary>Where the invitation stands, as a person reads it.</summary>
    public static string StateName(ZnsState state) => state switch
    {
        ZnsState.Scheduled => Vi.Zns.StateScheduled,
        ZnsState.Sending => Vi.Zns.StateSending,
        ZnsState.Sent => Vi.Zns.StateSent,
        ZnsState.Delivered => Vi.Zns.StateDelivered,
        ZnsState.Failed => Vi.Zns.StateFailed,
        _ => Vi.Zns.StateUnknown,
    };

    /// <summary>"84912345678" as the office dials it: "0912345678"; empty once erased.</summary>
    public static string LocalPhone(string phone) => phone.StartsWith("84", StringComparison.Ordinal) ? "0" + phone[2..] : phone;
}
