using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Office;

/// <summary>/daibieu: counts by answer, the names still pending, the waiting list.</summary>
public sealed class DelegateSummaryCommand(Conference.ConferenceSchedule schedule) : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("daibieu", T.SummaryDescription, En.Commands.DelegatesStatus);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var all = DelegateDirectory.All(turn.Store);
        var counts = Enum.GetValues<RsvpStatus>().ToDictionary(s => s, s => all.Count(d => d.Status == s));
        var pending = all.Where(d => d.Status == RsvpStatus.Pending).OrderBy(d => d.FullName, NameRules.PersonOrder).Select(d => T.PersonLine(d.FullName, d.Position, d.Organization)).ToList();
        var waiting = all.Where(d => d.Status == RsvpStatus.Waiting).OrderBy(d => d.WaitingSince).Select(d => T.PersonLine(d.FullName, d.Position, d.Organization)).ToList();
        var seats = Texts.Vi.Seats.Counts(all.Count(d => d.SubstituteFor is null), all.Count(d => d.SubstituteFor is not null), all.Count(d => d.HoldsSeat), schedule.Current().Capacity);
        var summary = T.Summary(all.Count(d => d.SubstituteFor is null), counts, pending, waiting);
        var firstLine = summary.IndexOf('\n', StringComparison.Ordinal) + 1;
        var withdrawn = all.Where(d => DelegateDirectory.WithdrewConsent(turn.Store, d)).OrderBy(d => d.FullName, NameRules.PersonOrder)
            .Select(d => T.PersonLine(d.FullName, d.Position, d.Organization)).ToList();
        turn.Say(summary.Insert(firstLine, seats + "\n") + (withdrawn.Count == 0 ? "" : "\n\n" + T.WithdrawnConsent(withdrawn)));
        return Task.CompletedTask;
    }
}

/// <summary>/daibieu_xuat: the whole list as .xlsx.</summary>
public sealed class DelegateExportCommand(IOptionsMonitor<BotOptions> bot) : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("daibieu_xuat", T.ExportDescription, En.Commands.DelegatesExport);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var all = DelegateDirectory.All(turn.Store);
        var zone = bot.CurrentValue.GetTimeZone();
        turn.SendFile(T.ExportCaption(all.Count), Texts.Vi.Workbooks.DelegatesFileAt(Formats.VietnameseDate.ToLocal(turn.Now, zone)), DelegateWorkbook.Create(all, zone));
        return Task.CompletedTask;
    }
}

/// <summary>/daibieu_giaymoi: the links, codes and QR images again, for printing.</summary>
public sealed class InvitationPackCommand(IOptionsMonitor<BotOptions> bot) : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("daibieu_giaymoi", T.PackDescription, En.Commands.DelegatesLinks);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        Send(turn, DelegateDirectory.All(turn.Store), bot.CurrentValue);
        return Task.CompletedTask;
    }

    public static void Send(Turn turn, IEnumerable<Delegate> delegates, BotOptions links) =>
        Send(turn.Say, (caption, name, content) => turn.SendFile(caption, name, content), delegates, links);

    /// <summary>The pack, sent through <paramref name="say"/> and <paramref name="sendFile"/> (a turn's or a job's).</summary>
    public static void Send(Action<string> say, Action<string, string, byte[]> sendFile, IEnumerable<Delegate> delegates, BotOptions links)
    {
        var ordered = InvitationPack.Ordered(delegates);
        if (ordered.Count == 0)
        {
            say(T.NoDelegates);
            return;
        }

        sendFile(T.PackCaption(ordered.Count, StartLinks.General(links) is null), InvitationPack.WorkbookName, InvitationPack.Workbook(ordered, links));
        sendFile(T.QrArchiveCaption, InvitationPack.QrArchiveName, InvitationPack.QrArchive(ordered, links));
    }
}
