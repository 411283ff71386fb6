using C = HungYen.Bot.Core.Texts.Vi.ConferenceChange;
using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Office;

/// <summary>
/// /hoinghi_thoigian and /hoinghi_diadiem: the office sets the date, time and venue once they are decided (they are not
/// known when invitations start). A date before now is refused. When people already hold an invitation through the
/// bot, the change waits: the office sees old → new and how many will be told, and sends it with /hoinghi_xacnhan
/// (<see cref="ConferenceChangeSender"/>); /hoinghi shows the facts.
/// </summary>
public abstract class ConferenceFactCommand(ConferenceSchedule schedule, ConferenceChangeSender sender) : OfficeCommand
{
    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var current = schedule.Current();
        var pending = new PendingConferenceChange { At = turn.Now, By = turn.User.Address.ToString() };
        if (arguments.Length == 0 || !TryApply(pending, arguments.Trim()))
        {
            turn.Say(Usage + "\n\n" + Describe(current));
            return Task.CompletedTask;
        }

        if (Refusal(turn, pending) is { } refusal)
        {
            turn.Say(refusal + "\n\n" + Describe(current));
            return Task.CompletedTask;
        }

        if ((pending.Start is null || pending.Start == current.Start) && (pending.Venue is null || pending.Venue == current.Venue))
        {
            turn.Say(T.FactsUnchanged + "\n\n" + Describe(current));
            return Task.CompletedTask;
        }

        var people = ConferenceChangeSender.Recipients(turn.Store).Count;
        if (people == 0)
        {
            sender.Apply(turn, pending);
            return Task.CompletedTask;
        }

        turn.Changes.Upsert(pending);
        var (what, from, to) = pending.Start is not null
            ? (C.Time.ToLowerInvariant(), Time(current) ?? C.NotSet, VietnameseDate.Full(pending.Start.Value))
            : (C.Venue.ToLowerInvariant(), current.Venue ?? C.NotSet, pending.Venue!);
        turn.Say(C.Confirm(what, from, to, people, (int)PendingConferenceChange.Lifetime.TotalMinutes));
        return Task.CompletedTask;
    }

    protected abstract string Usage { get; }

    /// <summary>Fills the pending change from the arguments; false when they are malformed.</summary>
    protected abstract bool TryApply(PendingConferenceChange pending, string arguments);

    /// <summary>Why a well-formed change is still refused, or null.</summary>
    protected virtual string? Refusal(Turn turn, PendingConferenceChange pending) => null;

    public static string Describe(ConferenceFacts facts) => T.FactsNow(facts.Title, Time(facts), facts.Venue);

    public static string? Time(ConferenceFacts facts) => facts.Start is { } start ? VietnameseDate.Full(start) : null;
}

public sealed class ConferenceTimeCommand(ConferenceSchedule schedule, ConferenceChangeSender sender, Time.LocalTime local) : ConferenceFactCommand(schedule, sender)
{
    public override CommandCard Card { get; } = CommandCard.Office("hoinghi_thoigian", T.SetTimeDescription, En.Commands.ConferenceTime);

    protected override string Usage => T.SetTimeUsage;

    protected override bool TryApply(PendingConferenceChange pending, string arguments)
    {
        if (!VietnameseDate.TryParseDateTime(arguments, out var start))
        {
            return false;
        }

        pending.Start = start;
        return true;
    }

    protected override string? Refusal(Turn turn, PendingConferenceChange pending)
    {
        var now = local.ToLocal(turn.Now);
        if (pending.Start!.Value.Date < now.Date)
        {
            return C.DateInPast(VietnameseDate.Date(now));
        }

        return pending.Start.Value <= now ? C.TimeInPast(VietnameseDate.Time(now)) : null;
    }
}

public sealed class ConferenceVenueCommand(ConferenceSchedule schedule, ConferenceChangeSender sender) : ConferenceFactCommand(schedule, sender)
{
    public const int MaxLength = 300;

    public override CommandCard Card { get; } = CommandCard.Office("hoinghi_diadiem", T.SetVenueDescription, En.Commands.ConferenceVenue);

    protected override string Usage => T.SetVenueUsage;

    protected override bool TryApply(PendingConferenceChange pending, string arguments)
    {
        if (arguments.Length is < 3 or > MaxLength)
        {
            return false;
        }

        pending.Venue = arguments.Normalize(System.Text.NormalizationForm.FormC);
        return true;
    }
}
