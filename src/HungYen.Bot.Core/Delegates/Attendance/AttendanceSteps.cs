using D = HungYen.Bot.Core.Delegates.Attendance.AttendanceDraft;
using S = HungYen.Bot.Core.Delegates.Attendance.AttendanceFlow.State;
using St = HungYen.Bot.Core.Conversations.Stage<HungYen.Bot.Core.Delegates.Attendance.AttendanceFlow.State, HungYen.Bot.Core.Delegates.Attendance.AttendanceFlow.Trigger, HungYen.Bot.Core.Delegates.Attendance.AttendanceDraft>;
using T = HungYen.Bot.Core.Texts.Vi.Delegates;
using Tr = HungYen.Bot.Core.Delegates.Attendance.AttendanceFlow.Trigger;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>
/// The attendance flow's questions, one entry each (the question, the check that fills the draft, when it is asked),
/// its confirmation and seat-offer stages, and recognising the person.
/// </summary>
public sealed class AttendanceSteps
{
    private const string SkipData = "Skip";

    private static readonly StageCondition<D> Declining = new("không tham dự", d => d.Answer == AttendanceAnswer.Decline);
    private static readonly StageCondition<D> Substituting = new("cử người thay", d => d.IsSubstituting);
    private static readonly StageCondition<D> EditingOwn = new("sửa thông tin của mình", d => d.EditingOwn && !d.IsSubstituting);

    private readonly ConferenceSchedule schedule;
    private readonly CodeAttemptThrottle throttle;
    private readonly IOptionsMonitor<BotOptions> bot;
    private readonly IOptionsMonitor<DelegatesOptions> options;
    private readonly AttendanceRecorder recorder;

    public AttendanceSteps(ConferenceSchedule schedule, CodeAttemptThrottle throttle, IOptionsMonitor<BotOptions> bot, IOptionsMonitor<DelegatesOptions> options)
    {
        this.schedule = schedule;
        this.throttle = throttle;
        this.bot = bot;
        this.options = options;
        recorder = new AttendanceRecorder(schedule, bot, options);
        All =
        [
            new(S.Invitation, (turn, d) => new Prompt(
                    InvitationText.Compose(Current(turn, d), schedule.Current(), options.CurrentValue, turn.Office) + "\n\n" + T.StatusLine(Current(turn, d).Status),
                    new Choice(T.Attend, nameof(AttendanceAnswer.Attend)),
                    new Choice(T.Decline, nameof(AttendanceAnswer.Decline)),
                    new Choice(T.Substitute, nameof(AttendanceAnswer.Substitute))),
                St.Check(Answer)),
            new(S.Reason, (_, _) => new Prompt(T.AskReason, new Choice(T.SkipReason, SkipData)), St.Check(ReasonOf)) { When = Declining, TakesText = true },
            new(S.SubName, (_, _) => new Prompt(T.AskSubName), Typed(AttendanceChecks.Name, (d, v) => d.SubName = v)) { When = Substituting, TakesText = true },
            new(S.SubPosition, (_, _) => new Prompt(T.AskSubPosition), Typed(AttendanceChecks.Position, (d, v) => d.SubPosition = v)) { When = Substituting, TakesText = true },
            new(S.SubPhone, (_, _) => new Prompt(T.AskSubPhone), Typed(AttendanceChecks.Phone, (d, v) => d.SubPhone = Normal(v))) { When = Substituting, TakesText = true },
            new(S.EditName, (_, _) => new Prompt(T.AskOwnName), Typed(AttendanceChecks.Name, (d, v) => d.Name = v)) { When = EditingOwn, TakesText = true },
            new(S.EditPosition, (_, _) => new Prompt(T.AskOwnPosition), Typed(AttendanceChecks.Position, (d, v) => d.Position = v)) { When = EditingOwn, TakesText = true },
            new(S.EditPhone, (_, _) => new Prompt(T.AskOwnPhone), Typed(AttendanceChecks.Phone, (d, v) => d.Phone = Normal(v))) { When = EditingOwn, TakesText = true },
        ];
        Confirm = new(S.Confirm, (turn, d) => new Prompt(Review(turn, d) + HallFull(turn, d)))
        {
            Buttons =
            [
                new(Tr.Save, S.Done) { Label = _ => Vi.Confirm, Then = Save, Does = "lưu câu trả lời, gửi lịch và mã QR" },
                new(Tr.Edit, S.SubName) { Label = _ => T.EditDetails, When = new("cử người thay", (_, d) => d.IsSubstituting) },
                new(Tr.Edit, S.EditName)
                {
                    Label = _ => T.EditDetails,
                    When = new("tự tham dự hoặc báo vắng", (_, d) => !d.IsSubstituting),
                    Then = (_, d) => d.EditingOwn = true,
                    Does = "sửa thông tin của mình",
                },
            ],
        };
        SeatOffer = new(S.SeatOffer, (_, _) => new Prompt(T.SeatOfferQuestion(schedule.Current().Title)))
        {
            Buttons =
            [
                new(Tr.Accept, S.Done) { Label = _ => T.AcceptSeat, Then = (turn, d) => Save(turn, d, AttendanceAnswer.Accept), Does = "nhận chỗ, lưu và gửi lịch" },
                new(Tr.Refuse, S.Done) { Label = _ => T.RefuseSeat, Then = (turn, d) => Save(turn, d, AttendanceAnswer.Refuse), Does = "nhường chỗ, lưu câu trả lời" },
            ],
            OffersCancel = false,
        };
    }

    /// <summary>The questions in the order they are asked.</summary>
    public IReadOnlyList<St> All { get; }

    /// <summary>The answers confirmed before anything is saved: save, or correct them.</summary>
    public St Confirm { get; }

    /// <summary>A freed seat offered to a waiting delegate: take it or leave it.</summary>
    public St SeatOffer { get; }

    /// <summary>Recognising the person: a start code, an invitation code or their own shared contact.</summary>
    public static Prompt IdentifyPrompt { get; } = new(T.AskIdentify, CommonChoices.Cancel) { RequestContact = true };

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

    /// <summary>Saves the confirmed answer (unless answers closed meanwhile), tells the person where they stand, and ends the flow.</summary>
    public void Save(Turn turn, D draft)
    {
        if (!IsClosed(turn))
        {
            recorder.Save(turn, draft);
        }
    }

    private void Save(Turn turn, D draft, AttendanceAnswer answer)
    {
        draft.Answer = answer;
        Save(turn, draft);
    }

    private static string? Answer(D draft, Conversations.UserInput input)
    {
        if (input.Kind != InputKind.Choice || !Enum.TryParse<AttendanceAnswer>(input.Value, ignoreCase: false, out var answer)
            || answer is not (AttendanceAnswer.Attend or AttendanceAnswer.Decline or AttendanceAnswer.Substitute))
        {
            return Vi.ChooseFromList;
        }

        draft.Answer = answer;
        return null;
    }

    private static string? ReasonOf(D draft, Conversations.UserInput input)
    {
        if (input.IsChoice(SkipData))
        {
            return null;
        }

        return TypedCheck(AttendanceChecks.Reason, (d, v) => d.Reason = v)(draft, input);
    }

    /// <summary>A typed answer: checked (trimmed), then kept by <paramref name="keep"/>; a pressed button is not an answer here.</summary>
    private static Func<D, Conversations.UserInput, string?> TypedCheck(Func<string, string?> check, Action<D, string> keep) => (draft, input) =>
    {
        if (input.Kind != InputKind.Text)
        {
            return Vi.ChooseFromList;
        }

        var text = input.Value.Trim();
        if (check(text) is { } hint)
        {
            return hint;
        }

        keep(draft, text);
        return null;
    };

    private static StageValidator<D> Typed(Func<string, string?> check, Action<D, string> keep) => St.Check(TypedCheck(check, keep));

    private static string Normal(string phone) => PhoneNumber.ParseOrNull(phone)?.Value ?? phone;

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
        turn.Ask(IdentifyPrompt.Text, IdentifyPrompt.Choices, requestContact: true);
        return null;
    }

    private static Delegate Current(Turn turn, D draft) =>
        (draft.DelegateId is { } id ? turn.Store.Find<Delegate>(id) : null) ?? throw new InvalidOperationException("The attendance flow lost its delegate.");

    private DateTime LocalNow(Turn turn) => VietnameseDate.ToLocal(turn.Now, bot.CurrentValue.GetTimeZone());

    /// <summary>Said before the delegate confirms: the hall is full, so "Tham dự" puts them on the waiting list.</summary>
    private string HallFull(Turn turn, D draft)
    {
        if (draft.Answer is AttendanceAnswer.Decline)
        {
            return "";
        }

        var book = new RsvpBook(turn, schedule.Current());
        var @delegate = Current(turn, draft);
        var seated = draft.IsSubstituting && @delegate.SubstitutedBy is { } id && book.Find(id) is { HoldsSeat: true };
        return !seated && book.IsFullFor(@delegate) ? "\n\n" + Vi.Seats.HallFull(schedule.Current().Capacity) : "";
    }

    private static string Review(Turn turn, D d)
    {
        var @delegate = Current(turn, d);
        return d.Answer switch
        {
            AttendanceAnswer.Substitute => T.ReviewSubstitute(d.SubName ?? "", d.SubPosition ?? "", d.SubPhone ?? ""),
            AttendanceAnswer.Decline => T.ReviewDecline(d.Name ?? @delegate.FullName, d.Position ?? @delegate.Position, d.Phone ?? @delegate.Phone, d.Reason),
            _ => T.ReviewAttend(d.Name ?? @delegate.FullName, d.Position ?? @delegate.Position, d.Phone ?? @delegate.Phone),
        };
    }
}
