using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using Stateless;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Review;

/// <summary>
/// The office reviews new and changed nominations: approve, reject with a reason, or ask for changes. The submitter is
/// told in Vietnamese; every decision is kept in the nomination's history with who and when.
/// </summary>
public sealed class NominationReviewFlow : StatelessFlow<NominationReviewFlow.State, NominationReviewFlow.Trigger>
{
    private const string Selected = "selected";
    private const string Note = "note";
    private const string SeenVersion = "seen-version";

    public enum State
    {
        Idle,
        Listing,
        Viewing,
        WritingRejection,
        WritingChanges,
    }

    public enum Trigger
    {
        Begin,
        Pick,
        Approve,
        Reject,
        AskChanges,
        Text,
        Back,
    }

    public override string Name => "nomination-review";

    public override string MenuLabel => T.ReviewMenuLabel;

    public override string? Command => "duyet";

    public override string? CommandDescriptionEn => En.Commands.Review;

    protected override State Initial => State.Idle;

    public override bool IsAvailableTo(Participant participant) => participant.IsAdmin;

    public override Task StartAsync(Turn turn, CancellationToken cancellationToken) => MachineFor(turn).FireAsync(Trigger.Begin);

    public override async Task HandleAsync(Turn turn, UserInput input, CancellationToken cancellationToken)
    {
        var machine = MachineFor(turn);
        var state = CurrentState(turn.Session);
        var trigger = (state, input) switch
        {
            (_, { Kind: InputKind.Choice, Value: "back" }) => Trigger.Back,
            (State.Listing, { Kind: InputKind.Choice }) when input.Value.StartsWith("n:", StringComparison.Ordinal) && turn.Store.Find<Nomination>(input.Value[2..]) is not null => Pick(turn, input.Value[2..]),
            (State.Viewing, { Kind: InputKind.Choice }) when Decision(turn, input.Value) is { } decision => decision,
            (State.WritingRejection or State.WritingChanges, { Kind: InputKind.Text }) when input.Value.Trim().Length >= 5 => KeepNote(turn, input.Value.Trim()),
            (State.WritingRejection or State.WritingChanges, { Kind: InputKind.Text }) => (Trigger?)null,
            _ => null,
        };
        if (trigger is null)
        {
            RejectInput(turn, state is State.WritingRejection or State.WritingChanges ? T.NeedReason : Vi.ChooseFromList);
            return;
        }

        await machine.FireAsync(trigger.Value);
    }

    protected override void Configure(StateMachine<State, Trigger> machine, Turn? turn)
    {
        machine.Configure(State.Idle)
            .Permit(Trigger.Begin, State.Listing);

        machine.Configure(State.Listing)
            .OnEntryFrom(Trigger.Approve, () => Decide(turn!, NominationStatus.Approved), "hợp lệ, báo đơn vị")
            .OnEntryFrom(Trigger.Text, t => Decide(turn!, t.Source == State.WritingRejection ? NominationStatus.Rejected : NominationStatus.ChangesRequested), "ghi quyết định, báo đơn vị")
            .OnEntry(() => Ask(turn!, State.Listing))
            .Permit(Trigger.Pick, State.Viewing);

        machine.Configure(State.Viewing)
            .OnEntry(() => Ask(turn!, State.Viewing))
            .Permit(Trigger.Approve, State.Listing)
            .Permit(Trigger.Reject, State.WritingRejection)
            .Permit(Trigger.AskChanges, State.WritingChanges)
            .Permit(Trigger.Back, State.Listing);

        machine.Configure(State.WritingRejection)
            .OnEntry(() => Ask(turn!, State.WritingRejection))
            .Permit(Trigger.Text, State.Listing)
            .Permit(Trigger.Back, State.Viewing);

        machine.Configure(State.WritingChanges)
            .OnEntry(() => Ask(turn!, State.WritingChanges))
            .Permit(Trigger.Text, State.Listing)
            .Permit(Trigger.Back, State.Viewing);
    }

    protected override void Ask(Turn turn, State state)
    {
        var back = CommonChoices.Back;
        switch (state)
        {
            case State.Viewing when turn.Session.Get(Selected) is { } id && turn.Store.Find<Nomination>(id) is { } n:
                var duplicates = NominationCard.Duplicates(turn.Store, n);
                turn.Ask(
                    NominationCard.Describe(n, NominationCard.UnitName(turn.Store, n.UnitCode))
                        + (duplicates.Count > 0 ? "\n\n" + T.Duplicate(n.Name, duplicates) : ""),
                    new Choice(T.Approve, Versioned("approve", n)),
                    new Choice(T.Reject, Versioned("reject", n)),
                    new Choice(T.AskForChanges, Versioned("changes", n)),
                    back);
                break;
            case State.WritingRejection:
                turn.Ask(T.AskRejectReason, back);
                break;
            case State.WritingChanges:
                turn.Ask(T.AskChanges, back);
                break;
            default:
                AskList(turn);
                break;
        }
    }

    private static void AskList(Turn turn)
    {
        var waiting = turn.Overlay(turn.Store.Query<Nomination>(n => n.AwaitingReview)).Where(n => n.AwaitingReview).OrderBy(n => n.UpdatedAt).ToList();
        if (waiting.Count == 0)
        {
            turn.Say(T.NothingToReview);
            turn.EndFlow();
            return;
        }

        turn.Ask(
            T.PickToReview,
            [.. waiting.Select(n => new Choice($"{n.Id} · {n.Name} · {n.UnitCode}", "n:" + n.Id)), CommonChoices.Cancel]);
    }

    private static Trigger Pick(Turn turn, string id)
    {
        turn.Session.Set(Selected, id);
        turn.Session.Set(SeenVersion, turn.Store.Find<Nomination>(id)?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (turn.Store.Find<Nomination>(id) is { FileId: { } fileId, FileName: { } name } && turn.Store.ReadFile(fileId) is { } file)
        {
            turn.SendStoredFile(name, file);
        }

        return Trigger.Pick;
    }

    /// <summary>A decision button carries the version it was shown with: "approve:3".</summary>
    private static string Versioned(string action, Nomination n) =>
        action + ":" + n.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The decision a button asks for; the version it carries is the one the decision is checked against.</summary>
    private static Trigger? Decision(Turn turn, string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var action = colon < 0 ? value : value[..colon];
        Trigger? trigger = action switch
        {
            "approve" => Trigger.Approve,
            "reject" => Trigger.Reject,
            "changes" => Trigger.AskChanges,
            _ => null,
        };
        if (trigger is not null && colon >= 0)
        {
            if (!int.TryParse(value[(colon + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var shown))
            {
                return null;
            }

            turn.Session.Set(SeenVersion, shown.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return trigger;
    }

    private static Trigger KeepNote(Turn turn, string note)
    {
        turn.Session.Set(Note, note);
        return Trigger.Text;
    }

    private static void Decide(Turn turn, NominationStatus status)
    {
        if (turn.Session.Get(Selected) is not { } id || turn.Store.Find<Nomination>(id) is not { } n)
        {
            return;
        }

        var note = status == NominationStatus.Approved ? null : turn.Session.Get(Note);
        try
        {
            // Another staff member may have acted on the dossier since it was opened: refused, not overwritten.
            n.ChangeSeen(int.TryParse(turn.Session.Get(SeenVersion), out var seen) ? seen : n.Version, status, turn.User.Address.ToString(), turn.Now, note);
        }
        catch (LifecycleException refused)
        {
            turn.Say(refused.Message);
            turn.Session.Set(Selected, null);
            return;
        }

        n.AwaitingReview = false;
        turn.Changes.Upsert(n);
        turn.Say(T.Reviewed(n.Id, status));
        turn.Notify(ChatAddress.Parse(n.SubmittedBy), new OutgoingMessage(T.ToSubmitter(n.Id, n.Name, status, note)));
        turn.Session.Set(Selected, null);
        turn.Session.Set(Note, null);
    }
}
