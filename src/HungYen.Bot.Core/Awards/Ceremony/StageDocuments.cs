using DocumentFormat.OpenXml.Wordprocessing;
using T = HungYen.Bot.Core.Texts.Vi.Ceremony;

namespace HungYen.Bot.Core.Awards.Ceremony;

/// <summary>
/// The calling list (STT | Tên tập thể / Họ và tên | Chức vụ, đơn vị | Người nhận | Điểm danh, one heading row per
/// Quyết định and per đợt) and the MC's script, written with the same <see cref="OfficialDocx"/> as the official documents.
/// </summary>
public static class StageDocuments
{
    /// <summary>Column widths in twips, summing to the text width.</summary>
    public static readonly int[] Widths = [640, 2800, 2700, 2015, 1200];

    public static byte[] CallingList(AwardsOptions awards, Func<string, string> unitName, IReadOnlyList<StageDecision> decisions)
    {
        using var docx = new OfficialDocx();
        docx.Header(awards.ParentAgency, awards.Agency, numberLine: null, dateLine: null);
        docx.Title(T.ListKind, T.ListHeading);
        var header = new List<IReadOnlyList<GridCell>>
        {
            new GridCell[] { new(T.ColumnNumber), new(T.ColumnName), new(T.ColumnPosition), new(T.ColumnReceiver), new(T.ColumnPresent) },
        };
        var rows = new List<IReadOnlyList<GridCell>>();
        foreach (var decision in decisions)
        {
            rows.Add([new GridCell(T.DecisionHeading(decision.Award, decision.Reference, decision.Date), Span: Widths.Length, Bold: true)]);
            foreach (var batch in decision.Batches)
            {
                rows.Add([new GridCell(T.BatchHeading(batch.Number, batch.Presenter.Spoken), Span: Widths.Length, Italic: true)]);
                foreach (var a in batch.Awardees)
                {
                    rows.Add(
                    [
                        new GridCell(a.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), Align: JustificationValues.Center),
                        new GridCell(a.Nomination.Name, Bold: true),
                        new GridCell(ProposalList.Position(a.Nomination, unitName(a.Nomination.UnitCode))),
                        new GridCell(ReceiverCell(a)),
                        new GridCell(Presence(a), Align: JustificationValues.Center),
                    ]);
                }
            }
        }

        docx.Grid(Widths, header, rows, 12);
        return docx.ToBytes();
    }

    public static byte[] Script(AwardsOptions awards, CeremonyOptions ceremony, Func<string, string> unitName, IReadOnlyList<StageDecision> decisions)
    {
        using var docx = new OfficialDocx();
        docx.Header(awards.ParentAgency, awards.Agency, numberLine: null, dateLine: null);
        docx.Title(T.ScriptKind, T.ScriptHeading);
        foreach (var decision in decisions)
        {
            docx.Add(T.Announce(ceremony.Announcer.Spoken, decision.Award, decision.Reference, decision.Date, awards.Campaign), Look.Body);
            foreach (var batch in decision.Batches)
            {
                docx.Add(T.CallUp(batch.Number), new Look(14, Bold: true, Align: JustificationValues.Both, Indent: true, BeforePt: 6, KeepNext: true));
                foreach (var a in batch.Awardees)
                {
                    docx.Add("- " + Spoken(a, unitName), new Look(14, Align: JustificationValues.Both, Indent: true, AfterPt: 2));
                }

                docx.Add(T.HandOver(batch.Presenter.Spoken, decision.Award), Look.Body);
                docx.Add(T.Flowers, new Look(14, Italic: true, Align: JustificationValues.Both, Indent: true, AfterPt: 6));
            }
        }

        docx.Add(T.ThankYou, Look.Body);
        return docx.ToBytes();
    }

    /// <summary>How the MC names one awardee: "{tên}, {chức vụ, đơn vị}"; a collective "{tập thể} – đồng chí {người nhận thay}, {chức vụ} nhận thay".</summary>
    public static string Spoken(StageAwardee a, Func<string, string> unitName)
    {
        var n = a.Nomination;
        if (n.Kind == NomineeKind.Collective)
        {
            return a.Receiver is { } r ? $"{n.Name} – {T.Receiver(r.Name, r.Position)}" : n.Name;
        }

        var position = ProposalList.Position(n, unitName(n.UnitCode));
        return position.Length == 0 ? n.Name : $"{n.Name}, {position}";
    }

    public static string ReceiverCell(StageAwardee a) =>
        a.Nomination.Kind == NomineeKind.Individual ? T.ReceivesInPerson
        : a.Receiver is { } r ? (r.Position.Length == 0 ? r.Name : $"{r.Name}, {r.Position}")
        : T.NoReceiver;

    public static string Presence(StageAwardee a) => a.Invited is null ? T.NotInvited : a.Present ? T.Present : T.NotArrived;
}
