using DocumentFormat.OpenXml.Wordprocessing;
using T = HungYen.Bot.Core.Texts.Vi.Documents;

namespace HungYen.Bot.Core.Awards.Documents;

/// <summary>
/// Tờ trình of the Sở to the Chủ tịch UBND tỉnh (Mẫu 01 of Nghị định 152/2025): Kính gửi, căn cứ, the result in brief,
/// the request to Sở Nội vụ to appraise and submit, the dossier, "Kính trình …"; then the Danh sách as its phụ lục.
/// </summary>
public static class SubmissionDocument
{
    public static byte[] Create(DocumentContext context, IEnumerable<Nomination> proposed)
    {
        var awards = context.Awards;
        var (list, collectives, individuals) = ProposalList.Of(AwardLevel.ProvincialCertificate, proposed);
        using var docx = context.Open(DocumentKind.Submission, T.SubmissionKind, T.SubmissionSummary(awards.Campaign));
        docx.AddressedTo(T.SubmissionAddressees);
        Grounds.Write(docx, Grounds.Common(context).Append(context.MinutesCitation));
        docx.Add(T.SubmissionResult(context.Plan), Look.Body);
        docx.Add(T.SubmissionRequest(awards.AgencyName, collectives, individuals, awards.Campaign), Look.Body);
        docx.Add(T.SubmissionDossier, Look.Body);
        docx.Add(T.SubmissionClosing, Look.Body);
        context.Sign(docx, DocumentKind.Submission, T.SubmissionRecipients);
        ProposalList.Appendix(docx, context, AwardLevel.ProvincialCertificate, list);
        return docx.ToBytes();
    }
}

/// <summary>The căn cứ of a Tờ trình or Quyết định: italic, each ending ";", the last ".".</summary>
public static class Grounds
{
    public static IEnumerable<string> Common(DocumentContext context) =>
        context.Awards.Grounds.Where(g => !string.IsNullOrWhiteSpace(g)).Append(context.Plan);

    public static void Write(OfficialDocx docx, IEnumerable<string> grounds)
    {
        var list = grounds.Select(g => g.Trim().TrimEnd(';', '.')).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            docx.Add(T.Ground(list[i]) + (i == list.Count - 1 ? "." : ";"), Look.Ground);
        }
    }
}
