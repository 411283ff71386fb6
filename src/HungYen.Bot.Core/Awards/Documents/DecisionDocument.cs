using DocumentFormat.OpenXml.Wordprocessing;
using HungYen.Bot.Core.Nominations;
using T = HungYen.Bot.Core.Texts.Vi.Documents;

namespace HungYen.Bot.Core.Awards.Documents;

/// <summary>
/// Quyết định of the Giám đốc Sở tặng Giấy khen (Mẫu 1.2): thẩm quyền, căn cứ, "Theo đề nghị …", QUYẾT ĐỊNH:, Điều 1
/// (who), Điều 2 (tiền thưởng, Nghị định 152/2025 Điều 54), Điều 3 (hiệu lực, thi hành); then the Danh sách.
/// </summary>
public static class DecisionDocument
{
    /// <summary>Giấy khen: 0,3 × mức lương cơ sở for a person, 0,6 × for a collective.</summary>
    public const decimal IndividualFactor = 0.3m;

    public const decimal CollectiveFactor = 0.6m;

    public static byte[] Create(DocumentContext context, IEnumerable<Nomination> proposed)
    {
        var awards = context.Awards;
        var list = proposed.Where(n => n.Award == AwardLevel.DirectorCertificate).ToList();
        var collectives = list.Count(n => n.Kind == NomineeKind.Collective);
        var individuals = list.Count - collectives;
        using var docx = new OfficialDocx();
        docx.Header(awards.ParentAgency, awards.Agency, context.NumberLine(DocumentKind.Decision), context.DateLine(DocumentKind.Decision));
        docx.Title(T.DecisionKind, T.DecisionSummary(awards.Campaign));
        docx.Add("GIÁM ĐỐC " + awards.Agency, new Look(14, Bold: true, Align: JustificationValues.Center, AfterPt: 6));
        var grounds = new List<string>();
        if (!string.IsNullOrWhiteSpace(awards.FunctionsDecision))
        {
            grounds.Add(awards.FunctionsDecision);
        }

        grounds.AddRange(Grounds.Common(context));
        grounds.Add(context.MinutesCitation);
        Grounds.Write(docx, grounds);
        docx.Add($"Theo đề nghị của Hội đồng Thi đua - Khen thưởng Sở và {awards.OfficeChiefTitle}.", Look.Ground);
        docx.Add(T.DecisionWord, new Look(14, Bold: true, Align: JustificationValues.Center, BeforePt: 6, AfterPt: 6));
        docx.Add([new Span("Điều 1. ", Bold: true), new Span($"Tặng Giấy khen của Giám đốc {awards.AgencyName} cho {T.Count(collectives)} tập thể, {T.Count(individuals)} cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào thi đua \"{awards.Campaign}\".")], Look.Body);
        var person = (long)(awards.BaseSalary * IndividualFactor);
        var collective = (long)(awards.BaseSalary * CollectiveFactor);
        docx.Add([new Span("Điều 2. ", Bold: true), new Span($"Mỗi tập thể được thưởng 0,6 lần mức lương cơ sở ({T.Money(collective)} đồng); mỗi cá nhân được thưởng 0,3 lần mức lương cơ sở ({T.Money(person)} đồng). Kinh phí khen thưởng được chi từ {awards.RewardFund}.")], Look.Body);
        docx.Add([new Span("Điều 3. ", Bold: true), new Span($"Quyết định này có hiệu lực kể từ ngày ký. {awards.OfficeChiefTitle}, Thủ trưởng các phòng, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")], Look.Body);
        var (authority, name) = context.Signer(DocumentKind.Decision);
        docx.Signature(["- Như Điều 3;", "- Lãnh đạo Sở;", T.Keep], authority, name);
        docx.PageBreak();
        docx.Header(awards.ParentAgency, awards.Agency, numberLine: null, dateLine: null);
        ProposalList.Append(docx, context, AwardLevel.DirectorCertificate, list);
        return docx.ToBytes();
    }
}
