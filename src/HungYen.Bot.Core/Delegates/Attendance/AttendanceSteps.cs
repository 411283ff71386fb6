using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conference;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Options;
using HungYen.Bot.Core.Text;
using HungYen.Bot.Core.Texts;
using Microsoft.Extensions.Options;
using D = HungYen.Bot.Core.Delegates.Attendance.AttendanceDraft;
using S = HungYen.Bot.Core.Delegates.Attendance.AttendanceFlow.State;
using T = HungYen.Bot.Core.Texts.Vi.Delegates;
using Tr = HungYen.Bot.Core.Delegates.Attendance.AttendanceFlow.Trigger;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>The attendance flow's questions and its effects (recognising, saving, sending the calendar and QR).</summary>
public sealed class AttendanceSteps(
    ConferenceSchedule schedule,
    CodeAttemptThrottle throttle,
    IOptionsMonitor<BotOptions> bot,
    IOptionsMonitor<DelegatesOptions> options)
{
    /// <summary>After Conference:RsvpDeadline answers are closed: the person is pointed to the office.</summary>
    public bool IsClosed(Turn turn)
    {
        if (schedule.Current().RsvpDeadline is not { } deadline || LocalNow(turn) <= deadline)
        {
            return false;
        }

        turn.Say(T.DeadlinePassed(VietnameseDate.DateTime(deadline), turn.Office.Phone));
        turn.EndFlow();
        return true;
    }

    public static void Remember(Turn turn, Delegate @delegate) => turn.Session.Set(D.Delegate, @delegate.Id);

    public static void Choose(Turn turn, Tr answer) => turn.Session.Set(D.Answer, answer.ToString());

    public static void Keep(Turn turn, S step, string text) => D.Keep(turn, step, text);

    public static bool IsSubstituting(Turn turn) => D.ChosenAnswer(turn) == Tr.Substitute;

    /// <summary>Recognises the person at the first step; returns the delegate once they proved who they are.</summary>
    public Delegate? Identify(Turn turn, Conversations.UserInput input)
    {
        if (input is { Kind: InputKind.Contact, Contact: { } contact })
        {
            if (contact.UserId != turn.User.Address.Id)
            {
                return Retry(turn, T.NotOwnContact);
            }

            if (!PhoneNumber.TryParse(contact.PhoneNumber, out var phone) || DelegateDirectory.ByPhone(turn.Store, phone) is not { SubstituteFor: null } found)
            {
                turn.Say(T.NotOnList(turn.Office.Phone));
                turn.EndFlow();
                return null;
            }

            return Claim(turn, found);
        }

        if (input.Kind != InputKind.Text)
        {
            return Retry(turn, T.IdentifyHint);
        }

        if (throttle.IsLockedOut(turn.User.Address, out var retryAt))
        {
            turn.Say(T.TooManyAttempts(VietnameseDate.Time(VietnameseDate.ToLocal(retryAt, bot.CurrentValue.GetTimeZone()))));
            return null;
        }

        if (DelegateCodes.LooksLikeShortCode(input.Value))
        {
            if (DelegateDirectory.ByInviteCode(turn.Store, input.Value) is { } byCode)
            {
                throttle.RecordSuccess(turn.User.Address);
                return Claim(turn, byCode);
            }

            if (throttle.RecordFailure(turn.User.Address) && throttle.IsLockedOut(turn.User.Address, out var lockedUntil))
            {
                turn.Say(T.TooManyAttempts(VietnameseDate.Time(VietnameseDate.ToLocal(lockedUntil, bot.CurrentValue.GetTimeZone()))));
                return null;
            }

            return Retry(turn, T.WrongCode + Texts.Vi.TriesLeft(throttle.TriesLeft(turn.User.Address)));
        }

        return Retry(turn, PhoneNumber.TryParse(input.Value, out _) ? T.TypedPhoneNotProof : T.IdentifyHint);
    }

    public void Ask(Turn turn, S state)
    {
        var cancel = CommonChoices.Cancel;
        switch (state)
        {
            case S.Identify:
                turn.Ask(T.AskIdentify, [cancel], requestContact: true);
                break;
            case S.Invitation:
                var @delegate = Current(turn);
                turn.Ask(
                    InvitationText.Compose(@delegate, schedule.Current(), options.CurrentValue, turn.Office) + "\n\n" + T.StatusLine(@delegate.Status),
                    new Choice(T.Attend, nameof(Tr.Attend)),
                    new Choice(T.Decline, nameof(Tr.Decline)),
                    new Choice(T.Substitute, nameof(Tr.Substitute)),
                    cancel);
                break;
            case S.Reason:
                turn.Ask(T.AskReason, new Choice(T.SkipReason, nameof(Tr.Skip)), cancel);
                break;
            case S.Confirm:
                turn.Ask(Review(turn) + HallFull(turn), new Choice(Vi.Confirm, nameof(Tr.Save)), new Choice(T.EditDetails, nameof(Tr.Edit)), cancel);
                break;
            case S.SeatOffer:
                turn.Ask(T.SeatOfferQuestion(schedule.Current().Title), new Choice(T.AcceptSeat, nameof(Tr.Accept)), new Choice(T.RefuseSeat, nameof(Tr.Refuse)));
                break;
            default:
                var question = state switch
                {
                    S.SubName => T.AskSubName,
                    S.SubPosition => T.AskSubPosition,
                    S.SubPhone => T.AskSubPhone,
                    S.EditName => T.AskOwnName,
                    S.EditPosition => T.AskOwnPosition,
                    _ => T.AskOwnPhone,
                };
                turn.Ask(question, cancel);
                break;
        }
    }

    /// <summary>Saves the confirmed answer, tells the person where they stand, and ends the flow.</summary>
    public void Save(Turn turn)
    {
        if (IsClosed(turn))
        {
            return;
        }

        var facts = schedule.Current();
        var book = new RsvpBook(turn, facts);
        if (D.DelegateId(turn) is not { } id || book.Find(id) is not { } @delegate)
        {
            turn.Say(T.RecordGone(turn.Office.Phone));
            turn.EndFlow();
            return;
        }

        var answer = D.ChosenAnswer(turn);
        var subject = Apply(turn, book, @delegate, answer);
        book.Commit();
        turn.EndFlow();
        Report(turn, book, facts, @delegate, subject);
    }

    private static Delegate Apply(Turn turn, RsvpBook book, Delegate @delegate, Tr? answer)
    {
        var offered = @delegate.SubstitutedBy is { } subId && book.Find(subId) is { Status: RsvpStatus.Waiting } waitingSub ? waitingSub : @delegate;
        switch (answer)
        {
            case Tr.Substitute:
                return book.Substitute(@delegate, new SubstituteDetails(turn.Session.Get(D.SubName) ?? "", turn.Session.Get(D.SubPosition) ?? "", NotAnotherDelegates(turn, @delegate, turn.Session.Get(D.SubPhone)) ?? ""));
            case Tr.Decline:
                ApplyOwnEdits(turn, @delegate);
                book.Decline(@delegate, turn.Session.Get(D.Reason));
                return @delegate;
            case Tr.Accept:
                book.AcceptSeat(offered);
                return offered.SubstituteFor is null ? offered : @delegate;
            case Tr.Refuse:
                book.Decline(@delegate, T.RefusedSeatReason);
                return @delegate;
            default:
                ApplyOwnEdits(turn, @delegate);
                book.Attend(@delegate);
                return @delegate;
        }
    }

    private static void ApplyOwnEdits(Turn turn, Delegate @delegate)
    {
        @delegate.FullName = turn.Session.Get(D.Name) ?? @delegate.FullName;
        @delegate.Position = turn.Session.Get(D.Position) ?? @delegate.Position;
        @delegate.Phone = NotAnotherDelegates(turn, @delegate, turn.Session.Get(D.Phone)) ?? @delegate.Phone;
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

    private Delegate? Claim(Turn turn, Delegate found)
    {
        if (DelegateRecognition.TryClaim(turn, found))
        {
            return found;
        }

        turn.EndFlow();
        return null;
    }

    private Delegate? Retry(Turn turn, string hint)
    {
        turn.Say(hint);
        Ask(turn, S.Identify);
        return null;
    }

    private static Delegate Current(Turn turn) =>
        (D.DelegateId(turn) is { } id ? turn.Store.Find<Delegate>(id) : null) ?? throw new InvalidOperationException("The attendance flow lost its delegate.");

    private DateTime LocalNow(Turn turn) => VietnameseDate.ToLocal(turn.Now, bot.CurrentValue.GetTimeZone());

    /// <summary>Said before the delegate confirms: the hall is full, so "Tham dự" puts them on the waiting list.</summary>
    private string HallFull(Turn turn)
    {
        if (D.ChosenAnswer(turn) is Tr.Decline)
        {
            return "";
        }

        var book = new RsvpBook(turn, schedule.Current());
        var @delegate = Current(turn);
        var seated = D.ChosenAnswer(turn) is Tr.Substitute && @delegate.SubstitutedBy is { } id && book.Find(id) is { HoldsSeat: true };
        return !seated && book.IsFullFor(@delegate) ? "\n\n" + Vi.Seats.HallFull(schedule.Current().Capacity) : "";
    }

    private static string Review(Turn turn)
    {
        var @delegate = Current(turn);
        return D.ChosenAnswer(turn) switch
        {
            Tr.Substitute => T.ReviewSubstitute(turn.Session.Get(D.SubName) ?? "", turn.Session.Get(D.SubPosition) ?? "", turn.Session.Get(D.SubPhone) ?? ""),
            Tr.Decline => T.ReviewDecline(turn.Session.Get(D.Name) ?? @delegate.FullName, turn.Session.Get(D.Position) ?? @delegate.Position, turn.Session.Get(D.Phone) ?? @delegate.Phone, turn.Session.Get(D.Reason)),
            _ => T.ReviewAttend(turn.Session.Get(D.Name) ?? @delegate.FullName, turn.Session.Get(D.Position) ?? @delegate.Position, turn.Session.Get(D.Phone) ?? @delegate.Phone),
        };
    }
}
