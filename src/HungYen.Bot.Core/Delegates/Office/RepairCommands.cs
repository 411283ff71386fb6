using D = HungYen.Bot.Core.Texts.Vi.Delegates;
using T = HungYen.Bot.Core.Texts.Vi.OfficeRepairs;

namespace HungYen.Bot.Core.Delegates.Office;

/// <summary>
/// The office mends an invitation, one command each, and the person concerned is told: the delegate is named by their
/// invitation code, check-in code or mobile number.
/// </summary>
public abstract class RepairCommand : OfficeCommand
{
    /// <summary>What follows the command in its usage line.</summary>
    protected abstract string Example { get; }

    /// <summary>How many words after the delegate's code the command needs.</summary>
    protected virtual int ExtraWords => 0;

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        // The extra words come last; whatever is before them names the delegate (a phone may contain spaces).
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 1 + ExtraWords)
        {
            turn.Say(T.Usage(Name, Example));
            return Task.CompletedTask;
        }

        var who = string.Join(' ', words[..^ExtraWords]);
        if (Find(turn.Store, who) is not { } found)
        {
            turn.Say(T.NoSuchDelegate(who));
            return Task.CompletedTask;
        }

        Mend(turn, found, words[^ExtraWords..]);
        return Task.CompletedTask;
    }

    protected abstract void Mend(Turn turn, Delegate found, string[] rest);

    public static Delegate? Find(IRecordReader store, string typed) =>
        DelegateDirectory.ByInviteCode(store, typed) ?? DelegateDirectory.ByCheckInCode(store, typed)
        ?? (PhoneNumber.ParseOrNull(typed) is { } phone ? DelegateDirectory.ByPhone(store, phone) : null);

    /// <summary>Where to reach a delegate: their accounts, or for a substitute without one, the accounts of who sent them.</summary>
    public static IReadOnlyList<ChatAddress> Contacts(IRecordReader store, Delegate d)
    {
        var owner = d.Addresses.Count == 0 && d.SubstituteFor is { } id ? store.Find<Delegate>(id) : d;
        return [.. (owner?.Addresses ?? []).Select(a => ChatAddress.Parse(a))];
    }

    protected static void Tell(Turn turn, IEnumerable<ChatAddress> to, string text)
    {
        foreach (var address in to)
        {
            turn.Notify(address, new OutgoingMessage(text));
        }
    }
}

/// <summary>/daibieu_tach &lt;mã&gt;: the invitation was claimed by the wrong account; it is freed and gets a new link and code.</summary>
public sealed class ReleaseInvitationCommand : RepairCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("daibieu_tach", T.ReleaseDescription, Texts.En.Commands.ReleaseInvitation);

    protected override string Example => Texts.Vi.OfficeRepairs.InviteCodeSlot;

    protected override void Mend(Turn turn, Delegate found, string[] rest)
    {
        if (found.Addresses.Count == 0)
        {
            turn.Say(T.NotClaimed);
            return;
        }

        var wrong = found.Addresses.Select(a => ChatAddress.Parse(a)).ToList();
        found.Addresses.Clear();
        found.Token = DelegateCodes.NewToken();
        found.InviteCode = NewCode(turn.Store);
        turn.Changes.Upsert(found);
        Tell(turn, wrong, T.ReleasedNotice);
        turn.Say(T.Released(found.FullName, wrong.Count, found.InviteCode));
    }

    private static string NewCode(IRecordReader store)
    {
        string code;
        do
        {
            code = DelegateCodes.NewShortCode();
        }
        while (DelegateDirectory.ByInviteCode(store, code) is not null || DelegateDirectory.ByCheckInCode(store, code) is not null);
        return code;
    }
}

/// <summary>/daibieu_gan &lt;mã&gt; &lt;kênh:mã&gt;: binds the invitation to the account the delegate really uses (their /id).</summary>
public sealed class LinkInvitationCommand(ConferenceSchedule schedule) : RepairCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("daibieu_gan", T.LinkDescription, Texts.En.Commands.LinkInvitation);

    protected override string Example => Texts.Vi.OfficeRepairs.BindSlots;

    protected override int ExtraWords => 1;

    protected override void Mend(Turn turn, Delegate found, string[] rest)
    {
        if (!rest[0].Contains(':', StringComparison.Ordinal))
        {
            turn.Say(T.Usage(Name, Example));
            return;
        }

        var address = ChatAddress.Parse(rest[0], turn.Chat.Channel);
        if (DelegateDirectory.ByAddress(turn.Store, address) is { } other && other.Id != found.Id)
        {
            turn.Say(T.LinkTaken(address.ToString(), other.FullName));
            return;
        }

        if (!found.IsBoundTo(address))
        {
            found.Addresses.Add(address.ToString());
            turn.Changes.Upsert(found);
        }

        turn.Notify(address, new OutgoingMessage(T.LinkedNotice(found.FullName, schedule.Current().Title)));
        turn.Say(T.Linked(found.FullName, address.ToString()));
    }
}

/// <summary>/daibieu_xoa &lt;mã&gt;: takes a delegate off the list (with their substitute); the seat goes to the waiting list.</summary>
public sealed class RemoveDelegateCommand(ConferenceSchedule schedule) : RepairCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("daibieu_xoa", T.RemoveDescription, Texts.En.Commands.RemoveDelegate);

    protected override string Example => Texts.Vi.OfficeRepairs.InviteCodeSlot;

    protected override void Mend(Turn turn, Delegate found, string[] rest)
    {
        var facts = schedule.Current();
        var contacts = Contacts(turn.Store, found);
        var substitute = found.SubstitutedBy is { } id ? turn.Store.Find<Delegate>(id) : null;
        var book = new RsvpBook(turn, facts);
        book.Remove(book.Find(found.Id)!);
        book.Commit();
        Tell(turn, contacts, T.RemovedNotice(found.FullName, facts.Title, turn.Office.Phone));
        turn.Say(T.Removed(found.FullName, substitute?.FullName));
    }
}

/// <summary>/diemdanh_huy &lt;mã&gt;: a check-in recorded by mistake is undone.</summary>
public sealed class UndoCheckInCommand : RepairCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("diemdanh_huy", T.UndoCheckInDescription, Texts.En.Commands.UndoCheckIn);

    protected override string Example => Texts.Vi.OfficeRepairs.CheckInCodeSlot;

    protected override void Mend(Turn turn, Delegate found, string[] rest)
    {
        if (found.CheckedInAt is null)
        {
            turn.Say(T.NotCheckedIn(found.FullName));
            return;
        }

        found.CheckedInAt = null;
        found.CheckedInBy = null;
        turn.Changes.Upsert(found);
        Tell(turn, Contacts(turn.Store, found), T.CheckInUndoneNotice(found.FullName));
        turn.Say(T.CheckInUndone(found.FullName));
    }
}

/// <summary>/daibieu_guilai &lt;mã&gt;: the link and invitation QR again; for someone holding a seat, the check-in QR and .ics too.</summary>
public sealed class ResendInvitationCommand(ConferenceSchedule schedule, IOptionsMonitor<BotOptions> bot, IOptionsMonitor<DelegatesOptions> delegates) : RepairCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("daibieu_guilai", T.ResendDescription, Texts.En.Commands.ResendInvitation);

    protected override string Example => Texts.Vi.OfficeRepairs.InviteCodeSlot;

    protected override void Mend(Turn turn, Delegate found, string[] rest)
    {
        var links = bot.CurrentValue;
        var contacts = Contacts(turn.Store, found);
        var to = contacts.Count > 0 ? contacts : [turn.Chat];
        var messages = new List<OutgoingMessage>
        {
            new(T.ResendText(found.FullName, DelegateLinks.InviteLink(found, links), found.InviteCode)),
            new(T.InviteQrCaption(found.FullName, found.InviteCode)) { File = new OutgoingFile(Texts.Vi.Workbooks.InvitationQrImage(found.InviteCode), DelegateLinks.QrPng(DelegateLinks.InvitePayload(found, links)), true) },
        };
        if (found.HoldsSeat)
        {
            messages.Add(new(D.CheckInQrCaption(found.FullName, found.CheckInCode, forwarded: false)) { File = new OutgoingFile($"diem-danh-{found.CheckInCode}.png", DelegateLinks.QrPng(DelegateLinks.CheckInPayload(found, links)), true) });
            var description = CalendarFile.Description(delegates.CurrentValue.EffectiveProgramme, turn.Office);
            if (CalendarFile.Create(schedule.Current(), delegates.CurrentValue.DurationMinutes, links.TimeZone, CalendarFile.Uid(found), description, turn.Now) is { } ics)
            {
                messages.Add(new(D.CalendarCaption) { File = new OutgoingFile(CalendarFile.FileName, ics, false) { CarriesPersonalData = false } });
            }
        }

        foreach (var address in to)
        {
            foreach (var message in messages)
            {
                turn.Notify(address, message);
            }
        }

        turn.Say(T.Resent(found.FullName, contacts.Count));
    }
}
