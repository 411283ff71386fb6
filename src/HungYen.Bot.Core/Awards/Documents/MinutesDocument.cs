using DocumentFormat.OpenXml.Wordprocessing;
using HungYen.Bot.Core.Awards.Council;
using HungYen.Bot.Core.Nominations;
using N = HungYen.Bot.Core.Texts.Vi.Nominations;
using T = HungYen.Bot.Core.Texts.Vi.Documents;

namespace HungYen.Bot.Core.Awards.Documents;

/// <summary>
/// Biên bản họp Hội đồng Thi đua - Khen thưởng Sở (layout of Mẫu 1.9): time, place, attendance, chair and secretary,
/// the course of the meeting, the kiểm phiếu table per hình thức and group with the percentage against the Quy chế, the
/// conclusion, the end time; THƯ KÝ left, CHỦ TỌA right.
/// </summary>
public static class MinutesDocument
{
    public static readonly int[] Widths = [640, 1800, 1450, 950, 700, 700, 700, 700, 800, 915];

    public static byte[] Create(DocumentContext context, IEnumerable<Nomination> considered)
    {
        var awards = context.Awards;
        var meeting = context.Meeting ?? new CouncilMeeting();
        var rule = awards.Vote;
        var members = meeting.Members.Count;
        var present = meeting.PresentCount;
        using var docx = new OfficialDocx();
        docx.Header(awards.Agency, awards.CouncilName, T.NumberLine(context.FactsOf(DocumentKind.Minutes).Number, "BB", awards.CouncilAbbreviation), dateLine: null);
        docx.Title(T.MinutesKind, T.MinutesSummary(awards.Campaign));

        docx.Add([new Span("Thời gian bắt đầu: ", Bold: true), new Span(meeting.Start is { } s ? $"{T.Time(s)}, {T.LongDate(s)}." : T.Blank)], Look.Body);
        docx.Add([new Span("Địa điểm: ", Bold: true), new Span((meeting.Place ?? T.Blank) + ".")], Look.Body);
        var absent = meeting.Members.Where(m => !m.Present).ToList();
        var absentText = absent.Count == 0 ? "" : " (" + string.Join("; ", absent.Select(m => $"đồng chí {m.Name}" + (string.IsNullOrWhiteSpace(m.AbsenceReason) ? "" : $", lý do: {m.AbsenceReason}"))) + ")";
        docx.Add([new Span("Thành phần: ", Bold: true), new Span($"tổng số thành viên Hội đồng: {T.Count(members)} đồng chí; có mặt: {T.Count(present)} đồng chí; vắng: {T.Count(absent.Count)} đồng chí{absentText}.")], Look.Body);
        foreach (var m in meeting.Members.Where(m => m.Present))
        {
            docx.Add($"- Đồng chí {m.Name}, {m.Position} – {m.Role} Hội đồng;", Look.Body);
        }

        docx.Add([new Span("Chủ trì: ", Bold: true), new Span($"đồng chí {meeting.Chair ?? T.Blank}.")], Look.Body);
        docx.Add([new Span("Thư ký: ", Bold: true), new Span($"đồng chí {meeting.Secretary ?? T.Blank}.")], Look.Body);
        docx.Add("NỘI DUNG CUỘC HỌP", new Look(14, Bold: true, Align: JustificationValues.Center, BeforePt: 6, AfterPt: 6, KeepNext: true));

        var list = context.Ordered(considered).OrderByDescending(n => n.Award).ThenBy(n => n.Kind).ToList();
        var bk = list.Count(n => n.Award == AwardLevel.ProvincialCertificate);
        var gk = list.Count - bk;
        docx.Add($"1. Đồng chí Chủ tịch Hội đồng nêu mục đích, yêu cầu của cuộc họp: xét đề nghị khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua {awards.Campaign}, theo {context.Plan}.", Look.Body);
        docx.Add($"2. Văn phòng Sở báo cáo kết quả tiếp nhận, kiểm tra hồ sơ: {T.Count(list.Count)} hồ sơ đủ điều kiện đưa ra Hội đồng xét, gồm {T.Count(bk)} hồ sơ đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh và {T.Count(gk)} hồ sơ đề nghị tặng Giấy khen của Giám đốc Sở.", Look.Body);
        docx.Add("3. Các thành viên Hội đồng thảo luận, cho ý kiến về thành tích của từng tập thể, cá nhân.", Look.Body);
        var baseText = rule.Base == VoteBase.Members ? "tổng số thành viên Hội đồng" : "số thành viên có mặt";
        var sign = rule.Strict ? "trên" : "từ";
        docx.Add($"4. Hội đồng biểu quyết bằng hình thức {meeting.Method}. Tỷ lệ đồng ý tính trên {baseText}; tập thể, cá nhân được đề nghị khi đạt {sign} {T.Percent(rule.Percent)}%. Kết quả kiểm phiếu như sau:", Look.Body with { KeepNext = true });

        var header = new List<IReadOnlyList<GridCell>>
        {
            new GridCell[] { new(T.ColumnNumber), new("Tên tập thể, cá nhân"), new(T.ColumnUnit), new(T.ColumnAward), new(T.ColumnIssued), new(T.ColumnReturned), new(T.ColumnValid), new(T.ColumnAgree), new("Tỷ lệ (%)"), new(T.ColumnResult) },
        };
        var rows = new List<IReadOnlyList<GridCell>>();
        var proposed = new List<Nomination>();
        foreach (var group in list.GroupBy(n => (n.Award, n.Kind)))
        {
            rows.Add([new GridCell($"{N.Award(group.Key.Award)} – {N.Kind(group.Key.Kind)}", Span: Widths.Length, Bold: true)]);
            var i = 0;
            foreach (var n in group)
            {
                var ballot = meeting.BallotFor(n.Id);
                var tally = ballot is null ? null : VoteTally.Compute(rule, members, present, ballot);
                if (tally?.Proposed == true)
                {
                    proposed.Add(n);
                }

                rows.Add(
                [
                    new GridCell((++i).ToString(System.Globalization.CultureInfo.InvariantCulture), Align: JustificationValues.Center),
                    new GridCell(n.Name),
                    new GridCell(context.UnitName(n.UnitCode)),
                    new GridCell(N.AwardShort(n.Award), Align: JustificationValues.Center),
                    Number(ballot?.Issued), Number(ballot?.Returned), Number(ballot?.Valid), Number(ballot?.Agree),
                    new GridCell(tally is null ? "" : T.Percent(tally.Percent), Align: JustificationValues.Center),
                    new GridCell(tally is null ? "" : tally.Proposed ? T.Proposed : T.NotProposed, Align: JustificationValues.Center),
                ]);
            }
        }

        docx.Grid(Widths, header, rows, 11);
        docx.Add("", new Look(6));
        var gkNames = Names(proposed.Where(n => n.Award == AwardLevel.DirectorCertificate));
        var bkNames = Names(proposed.Where(n => n.Award == AwardLevel.ProvincialCertificate));
        docx.Add([new Span("Kết luận: ", Bold: true), new Span($"Hội đồng thống nhất đề nghị Giám đốc Sở tặng Giấy khen cho {gkNames}; trình Chủ tịch UBND tỉnh tặng Bằng khen cho {bkNames} (có danh sách kèm theo).")], Look.Body);
        docx.Add($"Cuộc họp kết thúc vào {(meeting.End is { } e ? $"{T.Time(e)}, {T.LongDate(e)}" : T.Blank)}./.", Look.Body);
        docx.Signature([T.KeepMinutes], [T.Chair], meeting.Chair ?? "", leftAuthority: [T.Secretary], leftName: meeting.Secretary ?? "");
        return docx.ToBytes();
    }

    private static GridCell Number(int? value) => new(value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", Align: JustificationValues.Center);

    private static string Names(IEnumerable<Nomination> nominations)
    {
        var list = nominations.ToList();
        var collectives = list.Count(n => n.Kind == NomineeKind.Collective);
        return $"{T.Count(collectives)} tập thể, {T.Count(list.Count - collectives)} cá nhân";
    }
}
