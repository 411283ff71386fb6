using DocumentFormat.OpenXml.Wordprocessing;
using HungYen.Bot.Core.Nominations;
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
        using var docx = new OfficialDocx();
        docx.Header(awards.ParentAgency, awards.Agency, context.NumberLine(DocumentKind.Notice), context.DateLine(DocumentKind.Notice));
        docx.Title(T.NoticeKind, T.NoticeSummary(awards.Campaign));
        docx.Add($"Căn cứ {context.Plan}; căn cứ {context.MinutesCitation}, {awards.AgencyName} thông báo công khai danh sách tập thể, cá nhân đề nghị khen thưởng như sau:", Look.Body);
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

        docx.Add($"Thời gian công khai: từ ngày {(from is { } f ? T.Short(f) : T.Blank)} đến hết ngày {(to is { } t ? T.Short(t) : T.Blank)}.", Look.Body with { BeforePt = 6 });
        var phone = string.IsNullOrWhiteSpace(context.OfficePhone) ? "" : $" (điện thoại {context.OfficePhone})";
        docx.Add($"Ý kiến phản ánh (nếu có) đề nghị gửi về {awards.CommentsTo}{phone} trong thời gian công khai.", Look.Body);
        docx.Add("Hết thời hạn trên, nếu không có ý kiến, Sở hoàn thiện hồ sơ theo quy định./.", Look.Body);
        var (authority, name) = context.Signer(DocumentKind.Notice);
        docx.Signature(["- Các phòng, đơn vị thuộc Sở;", "- Cổng thông tin điện tử Sở;", T.Keep], authority, name);
        return docx.ToBytes();
    }
}
