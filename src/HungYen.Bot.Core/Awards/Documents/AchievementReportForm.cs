using DocumentFormat.OpenXml.Wordprocessing;
using F = HungYen.Bot.Core.Texts.Vi.ReportForm;

namespace HungYen.Bot.Core.Awards.Documents;

/// <summary>
/// The blank báo cáo thành tích for a thematic award (awards-process.md §2, the decree's form for khen thưởng theo
/// chuyên đề), offered at the wizard's file step: the heading filled from the draft (hình thức, tên, đơn vị), the rest
/// left for the unit to write — sơ lược lý lịch (of a person or of a collective), thành tích, khen thưởng đã nhận, and
/// the signatures (a person's Bằng khen also certified by the Giám đốc Sở; a collective's by its direct superior).
/// </summary>
public static class AchievementReportForm
{
    public static byte[] Create(AwardsOptions awards, NomineeDetails draft, string unitName)
    {
        using var docx = new OfficialDocx();
        docx.Header(awards.Agency, unitName.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), numberLine: null, dateLine: F.DateLine(awards.Place));
        docx.Title(F.Kind, F.Summary(draft.Award, awards.AgencyName), F.Thematic(draft.Movement));
        docx.Add([new Span(F.NomineeLabel(draft.IsIndividual)), new Span(draft.Name.Length > 0 ? draft.Name : F.Dots, Bold: true)], Look.Body);
        docx.Add(F.NomineeHint, new Look(13, Italic: true, Align: JustificationValues.Center, AfterPt: 6));
        docx.Add(F.SectionProfile, new Look(14, Bold: true, Align: JustificationValues.Both, BeforePt: 6, AfterPt: 6, KeepNext: true));
        foreach (var line in draft.IsIndividual ? F.IndividualProfile : F.CollectiveProfile)
        {
            docx.Add($"- {line}: {F.ShortDots}", Look.Body with { Align = JustificationValues.Left });
        }

        docx.Add(F.SectionAchievements, new Look(14, Bold: true, Align: JustificationValues.Both, BeforePt: 6, AfterPt: 6, KeepNext: true));
        docx.Add(F.AchievementsHint, Look.Body with { Italic = true });
        for (var i = 0; i < 6; i++)
        {
            docx.Add(F.Dots, Look.Body);
        }

        docx.Add(F.SectionPriorAwards, new Look(14, Bold: true, Align: JustificationValues.Both, BeforePt: 6, AfterPt: 6, KeepNext: true));
        docx.Add(F.PriorAwardsHint, Look.Body with { Italic = true });
        docx.Add(F.Dots, Look.Body);
        if (draft.IsIndividual)
        {
            docx.Signature(null, F.ReporterAuthority, "", leftAuthority: F.HeadCertifies, leftName: "");
        }
        else
        {
            docx.Signature(null, F.HeadAuthority, "", leftAuthority: F.ParentCertifies, leftName: "");
        }

        if (draft.Award == AwardLevel.ProvincialCertificate && draft.IsIndividual)
        {
            docx.Signature(null, F.DirectorCertifies(awards.AgencyName), "");
        }

        return docx.ToBytes();
    }
}
