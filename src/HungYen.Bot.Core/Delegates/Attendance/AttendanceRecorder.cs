using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>The attendance flow's effect: saves the confirmed answer, tells the person where they stand, sends the calendar and QR.</summary>
public sealed class AttendanceRecorder(ConferenceSchedule schedule, IOptionsMonitor<BotOptions> bot, IOptionsMonitor<DelegatesOptions> options)
{
    /// <summary>Saves the confirmed answer and ends the flow.</summary>
    public void Save(Turn turn, AttendanceDraft draft)
    {
        var facts = schedule.Current();
        var book = new RsvpBook(turn, facts);
        if (draft.DelegateId is not { } id || book.Find(id) is not { } @delegate)
        {
            turn.Say(T.RecordGone(turn.Office.Phone));
            turn.EndFlow();
            return;
        }

        var subject = Apply(turn, book, @delegate, draft);
        book.Commit();
        turn.EndFlow();
        Report(turn, book, facts, @delegate, subject);
    }

    private static Delegate Apply(Turn turn, RsvpBook book, Delegate @delegate, AttendanceDraft draft)
    {
        var offered = @delegate.SubstitutedBy is { } subId && book.Find(subId) is { Status: RsvpStatus.Waiting } waitingSub ? waitingSub : @delegate;
        switch (draft.Answer)
        {
            case AttendanceAnswer.Substitute:
                return book.Substitute(@delegate, new SubstituteDetails(draft.SubName ?? "", draft.SubPosition ?? "", NotAnotherDelegates(turn, @delegate, draft.SubPhone) ?? ""));
            case AttendanceAnswer.Decline:
                ApplyOwnEdits(turn, @delegate, draft);
                book.Decline(@delegate, draft.Reason);
                return @delegate;
            case AttendanceAnswer.Accept:
                book.AcceptSeat(offered);
                return offered.SubstituteFor is null ? offered : @delegate;
            case AttendanceAnswer.Refuse:
                book.Decline(@delegate, T.RefusedSeatReason);
                return @delegate;
            default:
                ApplyOwnEdits(turn, @delegate, draft);
                book.Attend(@delegate);
                return @delegate;
        }
    }

    private static void ApplyOwnEdits(Turn turn, Delegate @delegate, AttendanceDraft draft)
    {
        @delegate.FullName = draft.Name ?? @delegate.FullName;
        @delegate.Position = draft.Position ?? @delegate.Position;
        @delegate.Phone = NotAnotherDelegates(turn, @delegate, draft.Phone) ?? @delegate.Phone;
    }

    /// <summary>The typed phone, unless it is another invited delegate's: then nothing is saved and the office is told.</summary>
    private static string? NotAnotherDelegates(Turn turn, Delegate sender, string? phone)
    {
        if (AttendanceChecks.OtherOwner(turn, phone, sender) is not { } owner)
        {
            return phone;
        }

        turn.NotifyOffice(Texts.Vi.PhoneProbe.Office(sender.FullName, sender.Organization, phone!, owner.FullName));
        return null;
    }

    private void Report(Turn turn, RsvpBook book, ConferenceFacts facts, Delegate @delegate, Delegate subject)
    {
        var attendee = subject.Status == RsvpStatus.Substituted && subject.SubstitutedBy is { } id ? book.Find(id)! : subject;
        switch (attendee.Status)
        {
            case RsvpStatus.Attending:
                turn.Say(attendee == @delegate ? T.Attending(@delegate.FullName) : T.SubstituteAttending(attendee.FullName));
                SendTickets(turn, facts, attendee, forwarded: attendee != @delegate);
                break;
            case RsvpStatus.Waiting:
                turn.Say(T.Waiting(book.WaitingPosition(attendee), facts.Capacity));
                break;
            default:
                turn.Say(T.Declined);
                break;
        }
    }

    /// <summary>The calendar entry (once the date is known) and the personal check-in QR.</summary>
    private void SendTickets(Turn turn, ConferenceFacts facts, Delegate attendee, bool forwarded)
    {
        var zone = bot.CurrentValue.TimeZone;
        if (CalendarFile.Create(facts, options.CurrentValue.DurationMinutes, zone, CalendarFile.Uid(attendee), CalendarFile.Description(options.CurrentValue.EffectiveProgramme, turn.Office), turn.Now) is { } ics)
        {
            turn.SendFile(T.CalendarCaption, CalendarFile.FileName, ics, personalData: false);
        }

        var qr = DelegateLinks.QrPng(DelegateLinks.CheckInPayload(attendee, bot.CurrentValue));
        turn.SendFile(T.CheckInQrCaption(attendee.FullName, attendee.CheckInCode, forwarded), $"diem-danh-{attendee.CheckInCode}.png", qr, isPhoto: true);
    }
}
