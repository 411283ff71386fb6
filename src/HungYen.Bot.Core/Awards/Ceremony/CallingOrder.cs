using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Core.Awards.Ceremony;

/// <summary>One tập thể or cá nhân called on stage: their place in the whole order, who receives, the delegate invited for it.</summary>
public sealed record StageAwardee(int Position, Nomination Nomination, (string Name, string Position)? Receiver, Delegate? Invited)
{
    /// <summary>Arrived at the door (through their own delegate record or the substitute who came instead).</summary>
    public bool Present => Invited?.CheckedInAt is not null;
}

/// <summary>The awardees who go on stage together, with who presents to them.</summary>
public sealed record StageBatch(int Number, PresenterConfig Presenter, IReadOnlyList<StageAwardee> Awardees);

/// <summary>One Quyết định as announced: its hình thức, số, ngày, and its batches.</summary>
public sealed record StageDecision(AwardLevel Award, string Reference, DateTime? Date, IReadOnlyList<StageBatch> Batches);

/// <summary>
/// The calling order, generated from the signed decisions (only Đã khen thưởng is announced): Bằng khen before Giấy
/// khen, one Quyết định at a time, tập thể before cá nhân (configurable), units in their configured order, names the
/// Vietnamese way; the office's own order laid over it; then cut into batches of the configured size.
/// </summary>
public static class CallingOrder
{
    public static IReadOnlyList<StageDecision> Build(CeremonyOptions options, IReadOnlyList<string> unitOrder, IEnumerable<Nomination> all, StagePlan plan, IEnumerable<Delegate> delegates)
    {
        var ordered = Ordered(options, unitOrder, all, plan);
        var invited = delegates.Where(d => d.AwardeeFor is not null).GroupBy(d => d.AwardeeFor!).ToDictionary(g => g.Key, g => Attending(g, delegates));
        var decisions = new List<StageDecision>();
        var position = 0;
        var batchNumber = 0;
        foreach (var decision in ordered.GroupBy(n => (n.Award, n.DecisionReference ?? "")))
        {
            var awardees = decision.Select(n => new StageAwardee(++position, n, ReceiverOf(n, plan), invited.GetValueOrDefault(n.Id))).ToList();
            var presenter = decision.Key.Award == AwardLevel.ProvincialCertificate ? options.ProvincialPresenter : options.DirectorPresenter;
            var batches = awardees.Chunk(options.BatchSize).Select(c => new StageBatch(++batchNumber, presenter, c)).ToList();
            decisions.Add(new StageDecision(decision.Key.Award, decision.Key.Item2, decision.First().DecisionDate, batches));
        }

        return decisions;
    }

    /// <summary>Signed awardees in calling order: generated, then the office's moves applied.</summary>
    public static IReadOnlyList<Nomination> Ordered(CeremonyOptions options, IReadOnlyList<string> unitOrder, IEnumerable<Nomination> all, StagePlan plan)
    {
        int Rank(string unit)
        {
            var i = unitOrder.ToList().IndexOf(unit);
            return i < 0 ? int.MaxValue : i;
        }

        var generated = all.Where(n => n.Status == NominationStatus.Awarded)
            .OrderBy(n => n.Award == AwardLevel.ProvincialCertificate ? 0 : 1)
            .ThenBy(n => n.DecisionDate ?? DateTime.MaxValue)
            .ThenBy(n => n.DecisionReference ?? "", StringComparer.Ordinal)
            .ThenBy(n => (n.Kind == NomineeKind.Collective) == options.CollectivesFirst ? 0 : 1)
            .ThenBy(n => Rank(n.UnitCode))
            .ThenBy(n => n.Kind == NomineeKind.Individual ? n.Name : NameRules.SortKey(n.Name), NameRules.PersonOrder)
            .ToList();
        if (plan.Order.Count == 0)
        {
            return generated;
        }

        // The office's order ranks those it placed; one decided later goes to the end of its decision, in generated
        // order (the sort is stable). Within one decision only, so the decisions themselves never interleave.
        int Placed(Nomination n)
        {
            var i = plan.Order.IndexOf(n.Id);
            return i < 0 ? int.MaxValue : i;
        }

        return [.. generated.GroupBy(n => (n.Award, n.DecisionReference)).SelectMany(g => g.OrderBy(Placed))];
    }

    /// <summary>Người nhận thay of a collective: named by the office, else its head as the dossier gives it ("Họ tên, chức vụ").</summary>
    public static (string Name, string Position)? ReceiverOf(Nomination n, StagePlan plan)
    {
        if (n.Kind != NomineeKind.Collective)
        {
            return null;
        }

        if (plan.ReceiverOf(n.Id) is { } named)
        {
            return named;
        }

        if (string.IsNullOrWhiteSpace(n.Head))
        {
            return null;
        }

        var parts = n.Head.Split(',', 2, StringSplitOptions.TrimEntries);
        return (parts[0], parts.Length > 1 ? parts[1] : "");
    }

    /// <summary>Whose record counts at check-in: the invited person, or whoever they sent instead.</summary>
    private static Delegate Attending(IEnumerable<Delegate> invited, IEnumerable<Delegate> all)
    {
        var first = invited.OrderBy(d => d.SubstituteFor is null ? 0 : 1).First();
        return first.SubstitutedBy is { } id && all.FirstOrDefault(d => d.Id == id) is { } substitute ? substitute : first;
    }
}
