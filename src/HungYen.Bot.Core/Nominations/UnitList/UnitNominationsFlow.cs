using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Nominations.Wizard;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using Stateless;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.UnitList;

/// <summary>
/// A staffer's view of their own unit's nominations (never another unit's): the list with statuses and quotas; each
/// one can be edited or withdrawn until the nomination deadline, after which only a change request to the office remains.
/// </summary>
public sealed class UnitNominationsFlow(NominationWizardFlow wizard, NominationSubmission submission, Quota quota)
    : StatelessFlow<UnitNominationsFlow.State, UnitNominationsFlow.Trigger>
{
    private const string Selected = "selected";

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

    public override string Name => "unit-nominations";

    public override string MenuLabel => T.ListMenuLabel;

    public override string? Command => "hoso";

    public override string? CommandDescriptionEn => En.Commands.UnitNominations;

    protected override State Initial => State.Idle;

    public override bool IsAvailableTo(Participant participant) => participant.Role<UnitStaffRole>() is not null;

    public override Task StartAsync(Turn turn, CancellationToken cancellationToken) => MachineFor(turn).FireAsync(Trigger.Begin);

    public override async Task HandleAsync(Turn turn, UserInput input, CancellationToken cancellationToken)
    {
        var machine = MachineFor(turn);
        var state = CurrentState(turn.Session);
        if (input.IsChoice("back"))
        {
            await machine.FireAsync(Trigger.Back);
            return;
        }

        if (state == State.Listing && input.Kind == InputKind.Choice && input.Value.StartsWith("n:", StringComparison.Ordinal) && Own(turn, input.Value[2..]) is { } picked)
        {
            turn.Session.Set(Selected, picked.Id);
            await machine.FireAsync(Trigger.Pick);
            return;
        }

        if (state == State.Viewing && Selection(turn) is { } nomination)
        {
            var open = submission.DeadlineMessage(turn) is null;
            var editable = nomination.Status is NominationStatus.Submitted or NominationStatus.ChangesRequested;
            if (input.IsChoice("edit") && open && editable)
            {
                wizard.OpenForEdit(turn, nomination);
                return;
            }

            if (input.IsChoice("withdraw") && open && nomination.Counts)
            {
                await machine.FireAsync(Trigger.Withdraw);
                return;
            }

            if (input.IsChoice("change"))
            {
                await machine.FireAsync(Trigger.RequestChange);
                return;
            }
        }

        if (state == State.ConfirmingWithdraw && input.IsChoice("confirm"))
        {
            await machine.FireAsync(Trigger.Confirm);
            return;
        }

        if (state == State.WritingChangeRequest && input.Kind == InputKind.Text)
        {
            if (input.Value.Trim().Length < 5)
            {
                RejectInput(turn, T.NeedReason);
                return;
            }

            turn.Session.Set("request", input.Value.Trim());
            await machine.FireAsync(Trigger.Text);
            return;
        }

        RejectInput(turn, Vi.ChooseFromList);
    }

    protected override void Configure(StateMachine<State, Trigger> machine, Turn? turn)
    {
        machine.Configure(State.Idle)
            .Permit(Trigger.Begin, State.Listing);

        machine.Configure(State.Listing)
            .OnEntry(() => Ask(turn!, State.Listing))
            .Permit(Trigger.Pick, State.Viewing);

        machine.Configure(State.Viewing)
            .OnEntry(() => Ask(turn!, State.Viewing))
            .Permit(Trigger.Withdraw, State.ConfirmingWithdraw)
            .Permit(Trigger.RequestChange, State.WritingChangeRequest)
            .Permit(Trigger.Back, State.Listing);

        machine.Configure(State.ConfirmingWithdraw)
            .OnEntry(() => Ask(turn!, State.ConfirmingWithdraw))
            .Permit(Trigger.Confirm, State.Done)
            .Permit(Trigger.Back, State.Viewing);

        machine.Configure(State.WritingChangeRequest)
            .OnEntry(() => Ask(turn!, State.WritingChangeRequest))
            .Permit(Trigger.Text, State.Done)
            .Permit(Trigger.Back, State.Viewing);

        machine.Configure(State.Done)
            .OnEntryFrom(Trigger.Confirm, () => WithdrawSelected(turn!), "rút hồ sơ, báo Văn phòng Sở")
            .OnEntryFrom(Trigger.Text, () => SendChangeRequest(turn!), "gửi đề nghị thay đổi");
    }

    protected override void Ask(Turn turn, State state)
    {
        var back = CommonChoices.Back;
        switch (state)
        {
            case State.Viewing when Selection(turn) is { } n:
                var open = submission.DeadlineMessage(turn) is null;
                var choices = new List<Choice>();
                if (open && n.Status is NominationStatus.Submitted or NominationStatus.ChangesRequested)
                {
                    choices.Add(new Choice(T.Edit, "edit"));
                }

                if (open && n.Counts)
                {
                    choices.Add(new Choice(T.Withdraw, "withdraw"));
                }

                choices.Add(new Choice(T.RequestChange, "change"));
                choices.Add(back);
                var text = NominationCard.Describe(n, NominationCard.UnitName(turn.Store, n.UnitCode));
                turn.Ask(open ? text : text + "\n\n" + submission.DeadlineMessage(turn), choices);
                break;
            case State.ConfirmingWithdraw when Selection(turn) is { } chosen:
                turn.Ask(T.ConfirmWithdraw(chosen.Id, chosen.Name, T.AwardShort(chosen.Award), T.Kind(chosen.Kind)), new Choice(T.YesWithdraw, "confirm"), back);
                break;
            case State.WritingChangeRequest:
                turn.Ask(T.AskChangeRequest, back, CommonChoices.Cancel);
                break;
            default:
                AskList(turn);
                break;
        }
    }

    private void AskList(Turn turn)
    {
        var unit = turn.User.Role<UnitStaffRole>()!;
        var mine = turn.Store.Query<Nomination>(n => n.UnitCode == unit.UnitCode).OrderBy(n => n.SubmittedAt).ToList();
        if (mine.Count == 0)
        {
            turn.Say(T.NoNominations + (submission.DeadlineLine() is { } d ? "\n" + d : ""));
            turn.EndFlow();
            return;
        }

        var lines = mine.Select(n => $"• {n.Id} — {n.Name} — {T.AwardShort(n.Award)}, {T.Kind(n.Kind)} — {T.Status(n.Status)}");
        var text = $"{T.ListHeader(unit.UnitName)}\n{string.Join('\n', lines)}\n\n{string.Join('\n', quota.UnitLines(turn.Store, unit.UnitCode))}";
        if (submission.DeadlineLine() is { } deadline)
        {
            text += "\n" + deadline;
        }

        turn.Ask(text + "\n\n" + T.PickOne, [.. mine.Select(n => new Choice($"{n.Id} · {n.Name}", "n:" + n.Id)), CommonChoices.Cancel]);
    }

    private static Nomination? Own(Turn turn, string id) =>
        turn.Store.Find<Nomination>(id) is { } n && n.UnitCode == turn.User.Role<UnitStaffRole>()?.UnitCode ? n : null;

    private static Nomination? Selection(Turn turn) => turn.Session.Get(Selected) is { } id ? Own(turn, id) : null;

    private void WithdrawSelected(Turn turn)
    {
        if (Selection(turn) is { } n && submission.DeadlineMessage(turn) is null && NominationLifecycle.Allows(n, NominationStatus.Withdrawn))
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

    private static void SendChangeRequest(Turn turn)
    {
        if (Selection(turn) is { } n)
        {
            turn.NotifyOffice(T.ChangeRequestToOffice(n.Id, NominationCard.UnitName(turn.Store, n.UnitCode), turn.Session.Get("request") ?? ""));
            turn.Say(T.ChangeRequestSent);
        }

        turn.EndFlow();
    }
}
