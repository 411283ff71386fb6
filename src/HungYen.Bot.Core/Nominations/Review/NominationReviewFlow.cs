using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Review;

/// <summary>
/// The office reviews new and changed nominations: approve, reject with a reason, or ask for changes. The submitter is
/// told in Vietnamese; every decision is kept in the nomination's history with who and when.
/// </summary>
public sealed class NominationReviewFlow : StagedFlow<NominationReviewFlow.State, NominationReviewFlow.Trigger, ReviewDraft>
{
    public const string CommandName = "duyet";

    protected override FlowCard Card { get; } = new("nomination-review", T.ReviewMenuLabel, CommandName, En.Commands.Review) { IsFor = p => p.IsAdmin };

    protected override FlowStart<State, Trigger> Start { get; } = new(State.Idle, Trigger.Begin) { Back = Trigger.Back };

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

    private readonly NominationCard card;

    public NominationReviewFlow(NominationCard card)
    {
        this.card = card;
        Stages =
        [
            Pick(
                State.Listing,
                Waiting,
                n => n.Id,
                n => $"{n.Id} · {n.Name} · {n.UnitCode}",
                (_, _) => T.PickToReview,
                _ => T.NothingToReview,
                (d, id) => d.Selected = id,
                new(Trigger.Pick, State.Viewing) { Then = Open, Does = "gửi báo cáo thành tích" }),
            new(State.Viewing, Describe)
            {
                Buttons =
                [
                    Button(T.Approve, Trigger.Approve, State.Listing) with { Data = "approve", Then = (turn, d) => Decide(turn, d, NominationStatus.Approved), Does = "hợp lệ, báo đơn vị" },
                    Button(T.Reject, Trigger.Reject, State.WritingRejection) with { Data = "reject" },
                    Button(T.AskForChanges, Trigger.AskChanges, State.WritingChanges) with { Data = "changes" },
                ],
                Back = State.Listing,
                Version = (turn, d) => Selection(turn, d)?.Version,
                Seen = (d, version) => d.SeenVersion = version,
            },
            Note(State.WritingRejection, T.AskRejectReason, T.NeedReason, (d, note) => (d.Decision, d.Note) = (NominationStatus.Rejected, note), Decided, back: State.Viewing),
            Note(State.WritingChanges, T.AskChanges, T.NeedReason, (d, note) => (d.Decision, d.Note) = (NominationStatus.ChangesRequested, note), Decided, back: State.Viewing),
        ];
    }

    protected override IReadOnlyList<Stage<State, Trigger, ReviewDraft>> Stages { get; }

    /// <summary>A note written: the decision it was written for is recorded.</summary>
    private static Move<State, Trigger, ReviewDraft> Decided { get; } =
        new(Trigger.Text, State.Listing) { Then = (turn, d) => Decide(turn, d, d.Decision ?? NominationStatus.Rejected), Does = "ghi quyết định, báo đơn vị" };

    protected override ReviewDraft OlderDraft(ConversationSession session) => ReviewDraft.FromOlderSession(session);

    /// <summary>The button on the office's notice of a dossier, opening it here at once.</summary>
    public static Choice ReviewButton(string reference) => new(T.ReviewThis, $"/{CommandName} {reference}");

    /// <summary>"/duyet GK-CN-001" (typed, or the notice's button): that dossier opened at once, if it awaits review.</summary>
    public override bool TryStartAt(Turn turn, string arguments)
    {
        var reference = arguments.Trim().ToUpperInvariant();
        if (Waiting(turn).FirstOrDefault(n => n.Id == reference) is null)
        {
            turn.Say(T.NotAwaitingReview(reference));
            return false;
        }

        turn.EnterFlow(Name);
        var draft = new ReviewDraft { Selected = reference };
        Open(turn, draft);
        SetDraft(turn, draft);
        turn.Session.State = nameof(State.Viewing);
        Reprompt(turn);
        return true;
    }

    private static IReadOnlyList<Nomination> Waiting(Turn turn) =>
        [.. turn.Overlay(turn.Store.Query<Nomination>(n => n.AwaitingReview)).Where(n => n.AwaitingReview).OrderBy(n => n.UpdatedAt)];

    private static Nomination? Selection(Turn turn, ReviewDraft draft) => draft.Selected is { } id ? turn.Store.Find<Nomination>(id) : null;

    private Prompt? Describe(Turn turn, ReviewDraft draft)
    {
        if (Selection(turn, draft) is not { } n)
        {
            return new Prompt(Vi.ChooseFromList);
        }

        var duplicates = NominationCard.Duplicates(turn.Store, n);
        return new Prompt(
            card.Describe(n, NominationCard.UnitName(turn.Store, n.UnitCode))
                + (duplicates.Count > 0 ? "\n\n" + T.Duplicate(n.Name, duplicates) : ""));
    }

    /// <summary>The dossier opened: the version seen is the one stored now, and its báo cáo thành tích is sent along.</summary>
    private static void Open(Turn turn, ReviewDraft draft)
    {
        var n = Selection(turn, draft);
        draft.SeenVersion = n?.Version;
        if (n is { FileId: { } fileId, FileName: { } name } && turn.Store.ReadFile(fileId) is { } file)
        {
            turn.SendStoredFile(name, file);
        }
    }

    private static void Decide(Turn turn, ReviewDraft draft, NominationStatus status)
    {
        if (Selection(turn, draft) is not { } n)
        {
            return;
        }

        var note = status == NominationStatus.Approved ? null : draft.Note;
        draft.Selected = null;
        try
        {
            // Another staff member may have acted on the dossier since it was opened: refused, not overwritten.
            n.ChangeSeen(draft.SeenVersion ?? n.Version, status, turn.User.Address.ToString(), turn.Now, note);
        }
        catch (LifecycleException refused)
        {
            turn.Say(refused.Message);
            return;
        }

        n.AwaitingReview = false;
        turn.Changes.Upsert(n);
        turn.Say(T.Reviewed(n.Id, status));
        turn.Notify(ChatAddress.Parse(n.SubmittedBy), new OutgoingMessage(T.ToSubmitter(n.Id, n.Name, status, note)));
        draft.Note = null;
        draft.Decision = null;
    }
}
