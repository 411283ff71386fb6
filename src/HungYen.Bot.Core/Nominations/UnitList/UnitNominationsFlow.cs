using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.UnitList;

/// <summary>
/// A staffer's view of their own unit's nominations (never another unit's): the list with statuses and quotas; each
/// one can be edited or withdrawn until the nomination deadline, after which only a change request to the office remains.
/// </summary>
public sealed class UnitNominationsFlow : StagedFlow<UnitNominationsFlow.State, UnitNominationsFlow.Trigger, UnitListDraft>
{
    protected override FlowCard Card { get; } = new("unit-nominations", T.ListMenuLabel, "hoso", En.Commands.UnitNominations) { IsFor = p => p.Role<UnitStaffRole>() is not null };

    protected override FlowStart<State, Trigger> Start { get; } = new(State.Idle, Trigger.Begin) { Back = Trigger.Back };

    private readonly NominationSubmission submission;
    private readonly Quota quota;
    private readonly NominationCard card;

    public UnitNominationsFlow(NominationWizardFlow wizard, NominationSubmission submission, Quota quota, NominationCard card)
    {
        this.submission = submission;
        this.quota = quota;
        this.card = card;
        var open = new TurnCondition<UnitListDraft>("còn hạn đề xuất", (turn, _) => submission.DeadlineMessage(turn) is null);
        Stages =
        [
            Pick(State.Listing, Mine, n => n.Id, n => $"{n.Id} · {n.Name}", ListText, NoneText, (d, id) => d.Selected = id, new(Trigger.Pick, State.Viewing)),
            new(State.Viewing, Describe)
            {
                Buttons =
                [
                    Button(T.Edit, Trigger.Edit, State.Viewing) with
                    {
                        Data = "edit",
                        When = new("còn hạn, hồ sơ chờ xem xét hoặc cần bổ sung", (turn, d) => open.Holds(turn, d) && Selection(turn, d)?.Status is NominationStatus.Submitted or NominationStatus.ChangesRequested),
                        Then = (turn, d) => wizard.OpenForEdit(turn, Selection(turn, d)!),
                        Leaves = true,
                    },
                    Button(T.Withdraw, Trigger.Withdraw, State.ConfirmingWithdraw) with
                    {
                        Data = "withdraw",
                        When = new("còn hạn, hồ sơ còn được tính", (turn, d) => open.Holds(turn, d) && Selection(turn, d)?.Counts == true),
                    },
                    Button(T.RequestChange, Trigger.RequestChange, State.WritingChangeRequest) with { Data = "change" },
                ],
                Back = State.Listing,
            },
            new(State.ConfirmingWithdraw, ConfirmText)
            {
                Buttons = [Button(T.YesWithdraw, Trigger.Confirm, State.Done) with { Data = "confirm", Then = WithdrawSelected, Does = "rút hồ sơ, báo Văn phòng Sở" }],
                Back = State.Viewing,
            },
            Note(State.WritingChangeRequest, T.AskChangeRequest, T.NeedReason, (d, request) => d.Request = request, new(Trigger.Text, State.Done) { Then = SendChangeRequest, Does = "gửi đề nghị thay đổi" }, back: State.Viewing) with
            {
                OffersCancel = true,
            },
        ];
    }

    public enum State
    {
        Idle,
        Listing,
        Viewing,
        ConfirmingWithdraw,
        WritingChangeRequest,
        Done,
    }

    public enum Trigger
    {
        Begin,
        Pick,
        Edit,
        Withdraw,
        RequestChange,
        Confirm,
        Text,
        Back,
    }

    protected override IReadOnlyList<Stage<State, Trigger, UnitListDraft>> Stages { get; }

    protected override UnitListDraft OlderDraft(ConversationSession session) => UnitListDraft.FromOlderSession(session);

    private static IReadOnlyList<Nomination> Mine(Turn turn)
    {
        var unit = turn.User.Role<UnitStaffRole>()!;
        return [.. turn.Store.Query<Nomination>(n => n.UnitCode == unit.UnitCode).OrderBy(n => n.SubmittedAt)];
    }

    private string ListText(Turn turn, IReadOnlyList<Nomination> mine)
    {
        var unit = turn.User.Role<UnitStaffRole>()!;
        var lines = mine.Select(n => $"• {n.Id} — {n.Name} — {T.AwardShort(n.Award)}, {T.Kind(n.Kind)} — {T.Status(n.Status)}");
        var text = $"{T.ListHeader(unit.UnitName)}\n{string.Join('\n', lines)}\n\n{string.Join('\n', quota.UnitLines(turn.Store, unit.UnitCode))}";
        if (submission.DeadlineLine() is { } deadline)
        {
            text += "\n" + deadline;
        }

        return text + "\n\n" + T.PickOne;
    }

    private string NoneText(Turn turn) => T.NoNominations + (submission.DeadlineLine() is { } d ? "\n" + d : "");

    private static Nomination? Selection(Turn turn, UnitListDraft draft) =>
        draft.Selected is { } id && turn.Store.Find<Nomination>(id) is { } n && n.UnitCode == turn.User.Role<UnitStaffRole>()?.UnitCode ? n : null;

    private Prompt? Describe(Turn turn, UnitListDraft draft)
    {
        if (Selection(turn, draft) is not { } n)
        {
            return new Prompt(Vi.ChooseFromList);
        }

        var text = card.Describe(n, NominationCard.UnitName(turn.Store, n.UnitCode));
        return new Prompt(submission.DeadlineMessage(turn) is { } closed ? text + "\n\n" + closed : text);
    }

    private static Prompt? ConfirmText(Turn turn, UnitListDraft draft) => Selection(turn, draft) is { } n
        ? new Prompt(T.ConfirmWithdraw(n.Id, n.Name, T.AwardShort(n.Award), T.Kind(n.Kind)))
        : new Prompt(Vi.ChooseFromList);

    private void WithdrawSelected(Turn turn, UnitListDraft draft)
    {
        if (Selection(turn, draft) is { } n && submission.DeadlineMessage(turn) is null && NominationLifecycle.Allows(n, NominationStatus.Withdrawn))
        {
            n.Change(NominationStatus.Withdrawn, turn.User.Address.ToString(), turn.Now, null);
            n.AwaitingReview = false;
            turn.Changes.Upsert(n);
            turn.Say(T.WithdrawnText(n.Id));
            turn.NotifyOffice(T.OfficeWithdrawn(n.Id, NominationCard.UnitName(turn.Store, n.UnitCode), n.Name, T.AwardShort(n.Award), T.Kind(n.Kind)));
        }
        else
        {
            turn.Say(submission.DeadlineMessage(turn) ?? T.NotEditable);
        }

        turn.EndFlow();
    }

    private static void SendChangeRequest(Turn turn, UnitListDraft draft)
    {
        if (Selection(turn, draft) is { } n)
        {
            turn.NotifyOffice(T.ChangeRequestToOffice(n.Id, NominationCard.UnitName(turn.Store, n.UnitCode), draft.Request ?? ""));
            turn.Say(T.ChangeRequestSent);
        }

        turn.EndFlow();
    }
}
