using C = HungYen.Bot.Core.Texts.Vi.ConferenceChange;

namespace HungYen.Bot.Core.Delegates.Office;

/// <summary>
/// Saves a change of date or venue and tells everyone linked to an invitation (answered or not) what changed, old →
/// new; those who hold a seat also get the updated .ics, its SEQUENCE one higher than before — including someone who
/// confirmed before the date was set and so never had one.
/// </summary>
public sealed class ConferenceChangeSender(ConferenceSchedule schedule, IOptionsMonitor<DelegatesOptions> delegates, IOptionsMonitor<BotOptions> bot)
{
    /// <summary>Every delegate record reached through the bot, with its chat addresses.</summary>
    public static IReadOnlyList<Delegate> Recipients(IRecordReader store) => [.. DelegateDirectory.All(store).Where(d => d.Addresses.Count > 0)];

    public void Apply(Turn turn, PendingConferenceChange pending)
    {
        var before = schedule.Current();
        var stored = schedule.Override();
        stored.Start = pending.Start ?? stored.Start;
        stored.Venue = pending.Venue ?? stored.Venue;
        stored.Sequence++;
        stored.ChangedAt = turn.Now;
        stored.ChangedBy = turn.User.Address.ToString();
        turn.Changes.Upsert(stored);
        turn.Changes.Delete<PendingConferenceChange>(PendingConferenceChange.SingleId);
        var after = before with { Start = stored.Start ?? before.Start, Venue = string.IsNullOrWhiteSpace(stored.Venue) ? before.Venue : stored.Venue, Sequence = stored.Sequence };

        var changes = new List<(string, string, string)>();
        if (after.Start != before.Start)
        {
            changes.Add((C.Time, ConferenceFactCommand.Time(before) ?? C.NotSet, ConferenceFactCommand.Time(after)!));
        }

        if (after.Venue != before.Venue)
        {
            changes.Add((C.Venue, before.Venue ?? C.NotSet, after.Venue ?? C.NotSet));
        }

        var notice = C.Notice(after.Title, changes, ConferenceFactCommand.Time(after), after.Venue);
        var description = CalendarFile.Description(delegates.CurrentValue.EffectiveProgramme, turn.Office);
        var recipients = Recipients(turn.Store);
        var told = new HashSet<string>();
        var calendars = 0;
        foreach (var person in recipients)
        {
            var ics = person.HoldsSeat ? CalendarFile.Create(after, delegates.CurrentValue.DurationMinutes, bot.CurrentValue.TimeZone, CalendarFile.Uid(person), description, turn.Now) : null;
            calendars += ics is null ? 0 : 1;
            foreach (var address in person.Addresses.Where(told.Add))
            {
                var to = ChatAddress.Parse(address);
                turn.Notify(to, new OutgoingMessage(notice));
                if (ics is not null)
                {
                    turn.Notify(to, new OutgoingMessage(C.CalendarCaption) { File = new OutgoingFile(CalendarFile.FileName, ics, false) { CarriesPersonalData = false } });
                }
            }
        }

        turn.Say((told.Count == 0 ? C.AppliedNobody : C.Applied(told.Count, calendars)) + "\n\n" + ConferenceFactCommand.Describe(after));
    }
}

/// <summary>/hoinghi_xacnhan: sends the change of date or venue the office typed; /hoinghi_huy drops it.</summary>
public sealed class ConferenceConfirmCommand(ConferenceChangeSender sender) : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("hoinghi_xacnhan", C.ConfirmDescription, Texts.En.Commands.ConferenceConfirm);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Store.Find<PendingConferenceChange>(PendingConferenceChange.SingleId) is { } pending && pending.IsLive(turn.Now))
        {
            sender.Apply(turn, pending);
        }
        else
        {
            turn.Say(C.NothingPending);
        }

        return Task.CompletedTask;
    }
}

public sealed class ConferenceCancelCommand : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("hoinghi_huy", C.CancelDescription, Texts.En.Commands.ConferenceCancel);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Store.Find<PendingConferenceChange>(PendingConferenceChange.SingleId) is null)
        {
            turn.Say(C.NothingPending);
            return Task.CompletedTask;
        }

        turn.Changes.Delete<PendingConferenceChange>(PendingConferenceChange.SingleId);
        turn.Say(C.Cancelled);
        return Task.CompletedTask;
    }
}
