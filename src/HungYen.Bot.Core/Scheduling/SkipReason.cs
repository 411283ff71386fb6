namespace HungYen.Bot.Core.Scheduling;

/// <summary>Why a planned message was skipped or cancelled; <see cref="ScheduledMessage.Reason"/> stores its name, the texts word it.</summary>
public enum SkipReason
{
    PlanChanged,
    Superseded,
    SkippedWhileDown,
    SkippedAfterQuietHours,
    Withdrawn,
    NoLongerNeeded,
}
