using DocumentFormat.OpenXml.Wordprocessing;
using T = HungYen.Bot.Core.Texts.Vi.Documents;

namespace HungYen.Bot.Core.Awards.Documents;

/// <summary>
/// Thông báo công khai of the proposal list (Luật Thi đua, Khen thưởng Điều 5, Điều 84): basis, the lists per hình thức,
/// the period, where comments go, and what happens when none come.
/// </summary>
public static class NoticeDocument
{
    public static byte[] Create(DocumentContext context, IEnumerable<Nomination> proposed)
    {
        var awards = context.Awards;
        var list = proposed.ToList();
        var from = context.FactsOf(DocumentKind.Notice).Date;
        var to = from?.AddDays(awards.PublicNoticeDays - 1);
        using var docx = context.Open(DocumentKind.Notice, T.NoticeKind, T.NoticeSummary(awards.Campaign));
        docx.Add(T.NoticeOpening(context.Plan, context.MinutesCitation, awards.AgencyName), Look.Body);
        var section = 0;
        foreach (var award in new[] { AwardLevel.ProvincialCertificate, AwardLevel.DirectorCertificate })
        {
            var group = list.Where(n => n.Award == award).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            docx.Add($"{++section}. {T.ProposalListHeading(award)}:", new Look(14, Bold: true, Align: JustificationValues.Both, Indent: true, AfterPt: 6, KeepNext: true));
            ProposalList.Table(docx, context, group);
        }

        docx.Add(T.NoticePeriod(from is { } f ? T.Short(f) : T.Blank, to is { } t ? T.Short(t) : T.Blank), Look.Body with { BeforePt = 6 });
        docx.Add(T.NoticeComments(awards.CommentsTo, context.OfficePhone), Look.Body);
        docx.Add(T.NoticeClosing, Look.Body);
        context.Sign(docx, DocumentKind.Notice, T.NoticeRecipients);
        return docx.ToBytes();
    }
}
