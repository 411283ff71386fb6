using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conference;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Text;
using HungYen.Bot.Core.Texts;
using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Office;

/// <summary>
/// /hoinghi_thoigian and /hoinghi_diadiem: the office sets the date, time and venue once they are decided (they are not
/// known when invitations start). Every delegate who already answered is told of the change; /hoinghi shows the facts.
/// </summary>
public abstract class ConferenceFactCommand(ConferenceSchedule schedule) : IBotCommand
{
    public abstract string Name { get; }

    public abstract string DescriptionVi { get; }

    public abstract string DescriptionEn { get; }

    public bool AdminOnly => true;

    public bool IsAvailableTo(Participant participant) => participant.IsAdmin;

    public Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var stored = schedule.Override();
        if (arguments.Length == 0 || !TryApply(stored, arguments, out var changed))
        {
            turn.Say(Usage + "\n\n" + Describe(schedule.Current()));
            return Task.CompletedTask;
        }

        if (!changed)
        {
            turn.Say(T.FactsUnchanged + "\n\n" + Describe(schedule.Current()));
            return Task.CompletedTask;
        }

        stored.ChangedAt = turn.Now;
        stored.ChangedBy = turn.User.Address.ToString();
        turn.Changes.Upsert(stored);
        var facts = Merge(schedule.Current(), stored);
        var notice = T.FactsChangedNotice(facts.Title, Time(facts), facts.Venue);
        var told = 0;
        foreach (var address in DelegateDirectory.All(turn.Store).Where(d => d.HasAnswered).SelectMany(d => d.Addresses).Distinct())
        {
            turn.Notify(ChatAddress.Parse(address), new OutgoingMessage(notice));
            told++;
        }

        turn.Say(T.FactsChanged(told) + "\n\n" + Describe(facts));
        return Task.CompletedTask;
    }

    protected abstract string Usage { get; }

    /// <summary>Changes the stored facts from the arguments; false when the arguments are malformed.</summary>
    protected abstract bool TryApply(ConferenceOverride stored, string arguments, out bool changed);

    public static string Describe(ConferenceFacts facts) => T.FactsNow(facts.Title, Time(facts), facts.Venue);

    private static string? Time(ConferenceFacts facts) => facts.Start is { } start ? VietnameseDate.Full(start) : null;

    private static ConferenceFacts Merge(ConferenceFacts current, ConferenceOverride stored) =>
        current with { Start = stored.Start ?? current.Start, Venue = string.IsNullOrWhiteSpace(stored.Venue) ? current.Venue : stored.Venue };
}

public sealed class ConferenceTimeCommand(ConferenceSchedule schedule) : ConferenceFactCommand(schedule)
{
    public override string Name => "hoinghi_thoigian";

    public override string DescriptionVi => T.SetTimeDescription;

    public override string DescriptionEn => En.Commands.ConferenceTime;

    protected override string Usage => T.SetTimeUsage;

    protected override bool TryApply(ConferenceOverride stored, string arguments, out bool changed)
    {
        changed = false;
        if (!VietnameseDate.TryParseDateTime(arguments, out var start))
        {
            return false;
        }

        changed = stored.Start != start;
        stored.Start = start;
        return true;
    }
}

public sealed class ConferenceVenueCommand(ConferenceSchedule schedule) : ConferenceFactCommand(schedule)
{
    public const int MaxLength = 300;

    public override string Name => "hoinghi_diadiem";

    public override string DescriptionVi => T.SetVenueDescription;

    public override string DescriptionEn => En.Commands.ConferenceVenue;

    protected override string Usage => T.SetVenueUsage;

    protected override bool TryApply(ConferenceOverride stored, string arguments, out bool changed)
    {
        changed = false;
        var venue = arguments.Trim();
        if (venue.Length is < 3 or > MaxLength)
        {
            return false;
        }

        changed = stored.Venue != venue;
        stored.Venue = venue;
        return true;
    }
}
