using Delegate = HungYen.Bot.Core.Delegates.Delegate;
using T = HungYen.Bot.Core.Texts.Vi.Ceremony;

namespace HungYen.Bot.Core.Awards.Ceremony;

/// <summary>
/// /moi_khenthuong — in one step, every tập thể and cá nhân with a signed Quyết định becomes a delegate: an individual
/// as themselves, a collective through the người nhận thay the office named (else its head), each with their own
/// link, invitation code and check-in QR, in the awardees' participant group. Running it again invites only the new ones.
/// </summary>
public sealed class InviteAwardeesCommand(IOptionsMonitor<CeremonyOptions> ceremony) : OfficeCommand
{
    public const string CommandName = "moi_khenthuong";

    public override CommandCard Card { get; } = CommandCard.Office(CommandName, T.InviteCommand, Texts.En.Commands.InviteAwardees);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var all = DelegateDirectory.All(turn.Store);
        var invited = all.Where(d => d.AwardeeFor is not null).Select(d => d.AwardeeFor!).ToHashSet();
        var usedCodes = all.SelectMany(d => new[] { d.InviteCode, d.CheckInCode }).ToHashSet();
        var plan = StagePlan.For(turn.Store);
        var unitName = NominationCard.UnitNames(turn.Store);
        var awarded = turn.Store.Query<Nomination>().Where(n => n.Status == NominationStatus.Awarded && !invited.Contains(n.Id)).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        if (awarded.Count == 0 && !all.Any(d => d.AwardeeFor is not null))
        {
            turn.Say(T.NoAwardees);
            return Task.CompletedTask;
        }

        var lines = new List<string>();
        var skipped = new List<string>();
        foreach (var n in awarded)
        {
            var @delegate = new Delegate
            {
                Id = DelegateIds.Next(turn.Store),
                Token = DelegateCodes.NewToken(),
                InviteCode = UniqueCode(usedCodes),
                CheckInCode = UniqueCode(usedCodes),
                ImportedAt = turn.Now,
                Group = ceremony.CurrentValue.AwardeeGroup,
                AwardeeFor = n.Id,
                Note = $"{Vi.Nominations.AwardShort(n.Award)}: {n.Name} ({n.Id})",
            };
            if (n.Kind == NomineeKind.Individual)
            {
                @delegate.FullName = n.Name;
                @delegate.Position = n.Position ?? "";
                @delegate.Organization = string.IsNullOrWhiteSpace(n.Workplace) ? unitName(n.UnitCode) : n.Workplace;
            }
            else if (CallingOrder.ReceiverOf(n, plan) is { } receiver)
            {
                @delegate.FullName = receiver.Name;
                @delegate.Position = receiver.Position;
                @delegate.Organization = n.Name;
            }
            else
            {
                skipped.Add(n.Id);
                continue;
            }

            turn.Changes.Upsert(@delegate);
            lines.Add(T.InvitedLine(@delegate.FullName, n.Kind == NomineeKind.Collective ? n.Name : "", @delegate.InviteCode));
        }

        turn.Say(T.Invited(lines.Count, lines));
        if (skipped.Count > 0)
        {
            turn.Say(T.Skipped(skipped));
        }

        return Task.CompletedTask;
    }

    private static string UniqueCode(HashSet<string> used)
    {
        string code;
        do
        {
            code = DelegateCodes.NewShortCode();
        }
        while (!used.Add(code));
        return code;
    }
}
