using C = HungYen.Bot.Core.Texts.Vi.Ceremony;
using L = HungYen.Bot.Core.Texts.Vi.Lifecycle;
using N = HungYen.Bot.Core.Texts.Vi.Nominations;
using T = HungYen.Bot.Core.Texts.Vi.Documents;

namespace HungYen.Bot.Core.Awards.Lifecycle;

/// <summary>
/// /hoso_buoc &lt;mã&gt; &lt;bước&gt; — the office moves a dossier past the check: to a Council meeting, the Council's result, to
/// signature or to the province, the decision, reopening for completion, withdrawal. The nomination refuses any other
/// move itself; the unit is told in the official wording; the history keeps who and when.
/// </summary>
public sealed class DossierCommand(IOptionsMonitor<AwardsOptions> awards) : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("hoso_buoc", L.Command, Texts.En.Commands.Dossier);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var parts = arguments.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            turn.Say(L.Usage);
            return Task.CompletedTask;
        }

        var n = turn.Store.Find<Nomination>(parts[0].ToUpperInvariant());
        if (n is null)
        {
            turn.Say(L.NoSuch(parts[0]));
            return Task.CompletedTask;
        }

        var rest = parts.Length > 2 ? parts[2] : "";
        try
        {
            var notice = Apply(turn, n, Word(parts[1]), rest);
            if (notice is null)
            {
                turn.Say(L.Usage);
                return Task.CompletedTask;
            }

            n.AwaitingReview = false;
            turn.Changes.Upsert(n);
            turn.Say(L.Done(n.Id, N.Status(n.Status)));
            turn.Notify(ChatAddress.Parse(n.SubmittedBy), new OutgoingMessage(notice + L.Closing));
            OfferInvitation(turn, n);
        }
        catch (LifecycleException refused)
        {
            turn.Say(refused.Message);
        }

        return Task.CompletedTask;
    }

    private string? Apply(Turn turn, Nomination n, string step, string rest)
    {
        var by = turn.User.Address.ToString();
        var name = $"{n.Name} ({n.Id})";
        switch (step)
        {
            case "choxet" when TryDate(rest.Split(' ')[0], out var meeting):
                n.Change(NominationStatus.Scheduled, by, turn.Now, T.Short(meeting));
                return L.Scheduled(n.Id, T.Short(meeting));
            case "hddenghi":
                n.Change(NominationStatus.CouncilProposed, by, turn.Now, null);
                return L.Council(name, proposed: true);
            case "hdkhong":
                n.Change(NominationStatus.CouncilNotProposed, by, turn.Now, NullIfEmpty(rest));
                return L.Council(name, proposed: false);
            case "chokys":
                n.Change(NominationStatus.AwaitingSignature, by, turn.Now, null);
                return L.Signature(n.Id);
            case "datrinh":
                var submission = DocumentFacts.For(turn.Store, DocumentKind.Submission);
                if (submission.Number is null || submission.Date is null)
                {
                    throw new LifecycleException(L.NeedSubmissionNumber);
                }

                n.Change(NominationStatus.SubmittedToProvince, by, turn.Now, null);
                n.SubmissionReference = $"{submission.Number}/TTr-{awards.CurrentValue.Abbreviation}";
                n.SubmissionDate = submission.Date;
                return L.Submitted(n.SubmissionReference, T.Short(submission.Date.Value), name);
            case "khenthuong":
                return Decide(turn, n, rest, by, name);
            case "khongduoc" when rest.Length >= 5:
                n.Change(NominationStatus.NotAwarded, by, turn.Now, rest);
                return L.NotAwarded(name, rest);
            case "mo":
                var words = rest.Split(' ', 2, StringSplitOptions.TrimEntries);
                if (words.Length < 2 || !TryDate(words[0], out var deadline) || words[1].Length < 5)
                {
                    return null;
                }

                n.Change(NominationStatus.ChangesRequested, by, turn.Now, words[1]);
                n.CompletionDeadline = deadline;
                return L.Return(n.Id, words[1], T.Short(deadline));
            case "rut":
                n.Change(NominationStatus.Withdrawn, by, turn.Now, NullIfEmpty(rest));
                return L.Withdrawn(n.Id);
            default:
                return null;
        }
    }

    private string? Decide(Turn turn, Nomination n, string rest, string by, string name)
    {
        NominationLifecycle.EnsureAllowed(n, NominationStatus.Awarded);
        if (n.Award == AwardLevel.DirectorCertificate)
        {
            var decision = DocumentFacts.For(turn.Store, DocumentKind.Decision);
            if (decision.Number is null || decision.Date is null)
            {
                throw new LifecycleException(L.NeedDecisionNumber);
            }

            n.Change(NominationStatus.Awarded, by, turn.Now, null);
            n.DecisionReference = T.Reference(decision.Number, DocumentFacts.Abbreviation(DocumentKind.Decision), awards.CurrentValue.Abbreviation);
            n.DecisionDate = decision.Date;
            n.DecisionSigner = string.IsNullOrWhiteSpace(decision.SignerName) ? awards.CurrentValue.Director.Name : decision.SignerName;
            return L.DirectorDecided(n.DecisionReference, T.Short(decision.Date.Value), name);
        }

        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !TryDate(words[1], out var date))
        {
            throw new LifecycleException(L.NeedDecisionNumber);
        }

        n.Change(NominationStatus.Awarded, by, turn.Now, null);
        n.DecisionReference = words[0];
        n.DecisionDate = date;
        return L.ProvinceDecided(words[0], T.Short(date), name);
    }

    /// <summary>A decision just recorded: the office is offered the awardees' invitation right there (issue 18).</summary>
    private static void OfferInvitation(Turn turn, Nomination n)
    {
        if (n.Status != NominationStatus.Awarded || turn.Store.Query<Delegates.Delegate>(d => d.AwardeeFor == n.Id).Count > 0)
        {
            return;
        }

        turn.Offer(C.InviteOffer(n.Name, n.Id), new Choice(C.InviteButton, "/" + InviteAwardeesCommand.CommandName));
    }

    private static bool TryDate(string text, out DateTime date) =>
        DateTime.TryParseExact(text, ["d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
