using DocumentFormat.OpenXml.Wordprocessing;
using HungYen.Bot.Core.Nominations;
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
        var list = proposed.Where(n => n.Award == AwardLevel.ProvincialCertificate).ToList();
        var collectives = list.Count(n => n.Kind == NomineeKind.Collective);
        var individuals = list.Count - collectives;
        using var docx = new OfficialDocx();
        docx.Header(awards.ParentAgency, awards.Agency, context.NumberLine(DocumentKind.Submission), context.DateLine(DocumentKind.Submission));
        docx.Title(T.SubmissionKind, T.SubmissionSummary(awards.Campaign));
        docx.AddressedTo(["Chủ tịch Ủy ban nhân dân tỉnh;", "Sở Nội vụ."]);
        Grounds.Write(docx, Grounds.Common(context).Append(context.MinutesCitation));
        docx.Add($"Thực hiện {context.Plan}, các phòng, đơn vị thuộc Sở đã đề xuất tập thể, cá nhân có thành tích xuất sắc; Văn phòng Sở đã tiếp nhận, kiểm tra hồ sơ; Hội đồng Thi đua - Khen thưởng Sở đã họp xét và thống nhất đề nghị khen thưởng.", Look.Body);
        docx.Add($"{awards.AgencyName} đề nghị Sở Nội vụ thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho {T.Count(collectives)} tập thể, {T.Count(individuals)} cá nhân đã có thành tích xuất sắc trong phong trào thi đua \"{awards.Campaign}\" (có danh sách kèm theo).", Look.Body);
        docx.Add("Hồ sơ kèm theo gồm: Tờ trình; danh sách tập thể, cá nhân đề nghị khen thưởng; báo cáo thành tích của các tập thể, cá nhân; Biên bản họp Hội đồng Thi đua - Khen thưởng Sở.", Look.Body);
        docx.Add("Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.", Look.Body);
        var (authority, name) = context.Signer(DocumentKind.Submission);
        docx.Signature(["- Như trên;", "- Giám đốc, các Phó Giám đốc Sở;", T.Keep], authority, name);
        docx.PageBreak();
        docx.Header(awards.ParentAgency, awards.Agency, numberLine: null, dateLine: null);
        ProposalList.Append(docx, context, AwardLevel.ProvincialCertificate, list);
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
            var text = list[i].StartsWith("Căn cứ", StringComparison.Ordinal) || list[i].StartsWith("Theo", StringComparison.Ordinal) ? list[i] : "Căn cứ " + list[i];
            docx.Add(text + (i == list.Count - 1 ? "." : ";"), Look.Ground);
        }
    }
}
