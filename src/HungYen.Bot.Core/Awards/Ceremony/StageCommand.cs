using T = HungYen.Bot.Core.Texts.Vi.Ceremony;

namespace HungYen.Bot.Core.Awards.Ceremony;

/// <summary>
/// /sankhau — the stage: the calling order with its đợt and who of each is present; danhsach and kichban as .docx;
/// doi moves an awardee within its Quyết định; macdinh goes back to the generated order; nhanthay names the person who
/// receives for a collective.
/// </summary>
public sealed class StageCommand(
    IOptionsMonitor<AwardsOptions> awards,
    IOptionsMonitor<CeremonyOptions> ceremony,
    IOptionsMonitor<NominationsOptions> nominations,
    LocalTime local) : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("sankhau", T.StageCommand, Texts.En.Commands.Stage);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var (word, rest) = SubCommand(arguments);
        var plan = StagePlan.For(turn.Store);
        var units = UnitOrder();
        switch (word)
        {
            case "":
                Show(turn, plan, units);
                break;
            case "danhsach" or "kichban":
                SendFile(turn, plan, units, word == "kichban");
                break;
            case "doi":
                Move(turn, plan, units, rest);
                break;
            case "macdinh":
                plan.Order.Clear();
                Save(turn, plan);
                turn.Say(T.ResetDone);
                break;
            case "nhanthay":
                NameReceiver(turn, plan, rest);
                break;
            default:
                turn.Say(T.StageUsage);
                break;
        }

        return Task.CompletedTask;
    }

    private IReadOnlyList<string> UnitOrder() => [.. nominations.CurrentValue.Units.Select(u => u.Code)];

    private IReadOnlyList<StageDecision> Build(Turn turn, StagePlan plan, IReadOnlyList<string> units) =>
        CallingOrder.Build(ceremony.CurrentValue, units, turn.Store.Query<Nomination>(), plan, DelegateDirectory.All(turn.Store));

    private void Show(Turn turn, StagePlan plan, IReadOnlyList<string> units)
    {
        var decisions = Build(turn, plan, units);
        if (decisions.Count == 0)
        {
            turn.Say(T.NoAwardees);
            return;
        }

        var batches = decisions.SelectMany(d => d.Batches).ToList();
        var lines = new List<string> { T.Overview(batches.Sum(b => b.Awardees.Count), batches.Count) };
        foreach (var decision in decisions)
        {
            lines.Add("");
            lines.Add(T.DecisionHeading(decision.Award, decision.Reference, decision.Date));
            foreach (var batch in decision.Batches)
            {
                var invited = batch.Awardees.Where(a => a.Invited is not null).ToList();
                lines.Add(T.BatchHeadingWithPresence(batch.Number, batch.Presenter.Spoken, invited.Count(a => a.Present), invited.Count));
                lines.AddRange(batch.Awardees.Select(a => T.Line(
                    a.Position,
                    a.Nomination.Name,
                    a.Nomination.Id,
                    a.Receiver is { } r ? T.Receiver(r.Name, r.Position) : null,
                    a.Invited is null ? "" : StageDocuments.Presence(a))));
            }
        }

        lines.Add("");
        lines.Add(T.StageUsage);
        turn.Say(string.Join("\n", lines));
    }

    private void SendFile(Turn turn, StagePlan plan, IReadOnlyList<string> units, bool script)
    {
        var decisions = Build(turn, plan, units);
        if (decisions.Count == 0)
        {
            turn.Say(T.NoAwardees);
            return;
        }

        var names = NominationCard.UnitNames(turn.Store);
        var content = script
            ? StageDocuments.Script(awards.CurrentValue, ceremony.CurrentValue, names, decisions)
            : StageDocuments.CallingList(awards.CurrentValue, names, decisions);
        var title = script ? T.ScriptTitle : T.ListTitle;
        var batches = decisions.SelectMany(d => d.Batches).ToList();
        turn.SendFile(T.FileCaption(title, batches.Sum(b => b.Awardees.Count), batches.Count), Texts.Vi.Documents.FileName(title, local.ToLocal(turn.Now)), content);
    }

    private void Move(Turn turn, StagePlan plan, IReadOnlyList<string> units, string rest)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var target))
        {
            turn.Say(T.MoveUsage);
            return;
        }

        var id = words[0].ToUpperInvariant();
        var ordered = CallingOrder.Ordered(ceremony.CurrentValue, units, turn.Store.Query<Nomination>(), plan).ToList();
        var moving = ordered.Find(n => n.Id == id);
        if (moving is null)
        {
            turn.Say(T.NoSuchAwardee(id));
            return;
        }

        // Positions shown are 1-based over the whole list; a Quyết định's awardees stay together.
        var first = ordered.FindIndex(n => SameDecision(n, moving)) + 1;
        var last = ordered.FindLastIndex(n => SameDecision(n, moving)) + 1;
        if (target < first || target > last)
        {
            turn.Say(T.OutOfDecision(id, first, last));
            return;
        }

        ordered.Remove(moving);
        ordered.Insert(target - 1, moving);
        plan.Order = [.. ordered.Select(n => n.Id)];
        Save(turn, plan);
        turn.Say(T.Moved(id, target));
    }

    private static bool SameDecision(Nomination a, Nomination b) => a.Award == b.Award && a.DecisionReference == b.DecisionReference;

    private static void NameReceiver(Turn turn, StagePlan plan, string rest)
    {
        var split = rest.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var person = split.Length > 1 ? split[1].Split(';', 2, StringSplitOptions.TrimEntries) : [];
        if (split.Length < 2 || person.Length < 2 || NameRules.Normalise(person[0]).Length < 3 || person[1].Length < 2)
        {
            turn.Say(T.ReceiverUsage);
            return;
        }

        var id = split[0].ToUpperInvariant();
        var n = turn.Store.Find<Nomination>(id);
        if (n is null || n.Status != NominationStatus.Awarded)
        {
            turn.Say(T.NoSuchAwardee(id));
            return;
        }

        if (n.Kind != NomineeKind.Collective)
        {
            turn.Say(T.NotCollective(id));
            return;
        }

        var name = NameRules.Normalise(person[0]);
        var position = person[1].Normalize(System.Text.NormalizationForm.FormC);
        plan.SetReceiver(id, name, position);
        Save(turn, plan);
        turn.Say(T.ReceiverSaved(id, name, position));
        if (DelegateDirectory.All(turn.Store).FirstOrDefault(d => d.AwardeeFor == id && d.SubstituteFor is null) is { } invited)
        {
            if (invited.Addresses.Count > 0)
            {
                turn.Say(T.ReceiverAlreadyClaimed(invited.FullName));
                return;
            }

            invited.FullName = name;
            invited.Position = position;
            turn.Changes.Upsert(invited);
            turn.Say(T.ReceiverInvitationUpdated(invited.InviteCode));
        }
    }

    private static void Save(Turn turn, StagePlan plan)
    {
        plan.ChangedAt = turn.Now;
        plan.ChangedBy = turn.User.Address.ToString();
        turn.Changes.Upsert(plan);
    }
}
