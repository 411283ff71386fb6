using DocumentFormat.OpenXml.Wordprocessing;
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
        var (list, collectives, individuals) = ProposalList.Of(AwardLevel.DirectorCertificate, proposed);
        using var docx = context.Open(DocumentKind.Decision, T.DecisionKind, T.DecisionSummary(awards.Campaign));
        docx.Add(T.DecisionAuthority(awards.Agency), new Look(14, Bold: true, Align: JustificationValues.Center, AfterPt: 6));
        var grounds = new List<string>();
        if (!string.IsNullOrWhiteSpace(awards.FunctionsDecision))
        {
            grounds.Add(awards.FunctionsDecision);
        }

        grounds.AddRange(Grounds.Common(context));
        grounds.Add(context.MinutesCitation);
        Grounds.Write(docx, grounds);
        docx.Add(T.DecisionProposedBy(awards.OfficeChiefTitle), Look.Ground);
        docx.Add(T.DecisionWord, new Look(14, Bold: true, Align: JustificationValues.Center, BeforePt: 6, AfterPt: 6));
        docx.Add([new Span(T.Article1, Bold: true), new Span(T.DecisionAwards(awards.AgencyName, collectives, individuals, awards.Campaign))], Look.Body);
        var person = (long)(awards.BaseSalary * IndividualFactor);
        var collective = (long)(awards.BaseSalary * CollectiveFactor);
        docx.Add([new Span(T.Article2, Bold: true), new Span(T.DecisionMoney(collective, person, awards.RewardFund))], Look.Body);
        docx.Add([new Span(T.Article3, Bold: true), new Span(T.DecisionInForce(awards.OfficeChiefTitle))], Look.Body);
        context.Sign(docx, DocumentKind.Decision, T.DecisionRecipients);
        ProposalList.Appendix(docx, context, AwardLevel.DirectorCertificate, list);
        return docx.ToBytes();
    }
}
