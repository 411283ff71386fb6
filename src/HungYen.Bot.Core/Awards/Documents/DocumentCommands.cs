using T = HungYen.Bot.Core.Texts.Vi.Awards;

namespace HungYen.Bot.Core.Awards.Documents;

/// <summary>
/// /vanban &lt;loại&gt; — the office gets an official document as .docx: danhsach_bk, danhsach_gk, bienban, totrinh,
/// quyetdinh, thongbao, giaymoi [mã mời]. Without an argument it lists them.
/// </summary>
public sealed class DocumentCommand(DocumentSources sources, InvitationDocumentsJob invitations) : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("vanban", T.DocumentCommand, Texts.En.Commands.Documents);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var (kind, rest) = SubCommand(arguments);
        var context = sources.Context(turn.Store, turn.Now, turn.Office);
        var all = turn.Store.Query<Nomination>();
        var proposed = AwardsSelection.Proposed(all, context.Meeting, context.Awards.Vote);
        var today = context.Today;
        switch (kind)
        {
            case "danhsachbk" or "danhsachgk":
                var award = kind == "danhsachbk" ? AwardLevel.ProvincialCertificate : AwardLevel.DirectorCertificate;
                var list = proposed.Where(n => n.Award == award).ToList();
                Send(turn, T.ListFile(award), ProposalList.Document(context, award, list), today, list.Count);
                break;
            case "bienban":
                Send(turn, T.MinutesFile, MinutesDocument.Create(context, AwardsSelection.Considered(all)), today, AwardsSelection.Considered(all).Count);
                break;
            case "totrinh":
                Send(turn, T.SubmissionFile, SubmissionDocument.Create(context, proposed), today, proposed.Count(n => n.Award == AwardLevel.ProvincialCertificate));
                break;
            case "quyetdinh":
                Send(turn, T.DecisionFile, DecisionDocument.Create(context, proposed), today, proposed.Count(n => n.Award == AwardLevel.DirectorCertificate));
                break;
            case "thongbao":
                Send(turn, T.NoticeFile, NoticeDocument.Create(context, proposed), today, proposed.Count);
                break;
            case "giaymoi":
                SendInvitations(turn, context, rest.Length > 0 ? rest : null);
                break;
            default:
                turn.Say(T.DocumentUsage);
                break;
        }

        return Task.CompletedTask;
    }

    private static void Send(Turn turn, string title, byte[] content, DateTime today, int count) =>
        turn.SendFile(T.DocumentCaption(title, count), Texts.Vi.Documents.FileName(title, today), content);

    private void SendInvitations(Turn turn, DocumentContext context, string? code)
    {
        var delegates = DocumentSources.Invited(turn.Store);
        if (code is not null)
        {
            var one = delegates.Find(d => string.Equals(d.InviteCode, code.Trim(), StringComparison.OrdinalIgnoreCase));
            if (one is null)
            {
                turn.Say(T.NoSuchDelegate(code.Trim()));
                return;
            }

            turn.SendFile(T.InvitationCaption(one.FullName), Texts.Vi.Documents.InvitationFile(one.FullName), sources.Invitation(context, one, turn.Office));
            return;
        }

        if (delegates.Count == 0)
        {
            turn.Say(Vi.Delegates.NoDelegates);
            return;
        }

        // One .docx with its QR code per delegate: seconds for a few hundred (issue 14, point 6), so a job.
        BackgroundJobs.Start(turn, invitations, "");
    }
}

/// <summary>
/// /vanban_so &lt;loại&gt; &lt;số&gt; &lt;dd/MM/yyyy&gt; [người ký] — the số from the văn thư's register, the date, and the
/// signer when not the Giám đốc, entered once and used by every document that cites it.
/// </summary>
public sealed class DocumentNumberCommand(LocalTime local) : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("vanban_so", T.NumberCommand, Texts.En.Commands.DocumentNumber);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var parts = arguments.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        DocumentKind? kind = parts.Length > 0 ? KindOf(Word(parts[0])) : null;
        if (kind is null || parts.Length < 3 || !DateTime.TryParseExact(parts[2], ["d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || parts[1].Length > 10 || !parts[1].All(char.IsAsciiDigit))
        {
            turn.Say(T.NumberUsage);
            return Task.CompletedTask;
        }

        var facts = DocumentFacts.For(turn.Store, kind.Value);
        facts.Number = parts[1];
        facts.Date = date;
        if (parts.Length > 3)
        {
            var signer = parts[3].Split(';', 2, StringSplitOptions.TrimEntries);
            facts.SignerName = NameRules.Normalise(signer[0]);
            facts.SignerAuthority = signer.Length > 1 ? signer[1].ToUpperInvariant() : null;
        }

        facts.ChangedAt = turn.Now;
        facts.ChangedBy = turn.User.Address.ToString();
        turn.Changes.Upsert(facts);
        turn.Say(T.NumberSaved(DocumentFacts.Abbreviation(kind.Value), facts.Number, VietnameseDate.Date(date), facts.SignerName, local.Format(turn.Now)));
        return Task.CompletedTask;
    }

    private static DocumentKind? KindOf(string word) => word switch
    {
        "totrinh" or "ttr" => DocumentKind.Submission,
        "quyetdinh" or "qd" => DocumentKind.Decision,
        "bienban" or "bb" => DocumentKind.Minutes,
        "thongbao" or "tb" => DocumentKind.Notice,
        "giaymoi" or "gm" => DocumentKind.Invitation,
        _ => null,
    };
}
