using DocumentFormat.OpenXml.Wordprocessing;
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
        docx.Header(awards.Agency, awards.CouncilName, T.NumberLine(context.FactsOf(DocumentKind.Minutes).Number, DocumentFacts.Abbreviation(DocumentKind.Minutes), awards.CouncilAbbreviation), dateLine: null);
        docx.Title(T.MinutesKind, T.MinutesSummary(awards.Campaign));

        docx.Add([new Span(T.StartLabel, Bold: true), new Span(meeting.Start is { } s ? $"{T.Time(s)}, {T.LongDate(s)}." : T.Blank)], Look.Body);
        docx.Add([new Span(T.PlaceLabel, Bold: true), new Span((meeting.Place ?? T.Blank) + ".")], Look.Body);
        var absent = meeting.Members.Where(m => !m.Present).Select(m => T.Absentee(m.Name, m.AbsenceReason)).ToList();
        docx.Add([new Span(T.MembersLabel, Bold: true), new Span(T.Attendance(members, present, absent))], Look.Body);
        foreach (var m in meeting.Members.Where(m => m.Present))
        {
            docx.Add(T.PresentMember(m.Name, m.Position, m.Role), Look.Body);
        }

        docx.Add([new Span(T.ChairLabel, Bold: true), new Span(T.Comrade(meeting.Chair ?? T.Blank) + ".")], Look.Body);
        docx.Add([new Span(T.SecretaryLabel, Bold: true), new Span(T.Comrade(meeting.Secretary ?? T.Blank) + ".")], Look.Body);
        docx.Add(T.MinutesContent, new Look(14, Bold: true, Align: JustificationValues.Center, BeforePt: 6, AfterPt: 6, KeepNext: true));

        var list = context.Ordered(considered).OrderByDescending(n => n.Award).ThenBy(n => n.Kind).ToList();
        var bk = list.Count(n => n.Award == AwardLevel.ProvincialCertificate);
        var gk = list.Count - bk;
        docx.Add(T.MinutesPurpose(awards.Campaign, context.Plan), Look.Body);
        docx.Add(T.MinutesChecked(list.Count, bk, gk), Look.Body);
        docx.Add(T.MinutesDiscussed, Look.Body);
        docx.Add(T.MinutesVote(meeting.Method, rule.Base == VoteBase.Members, rule.Strict, T.Percent(rule.Percent)), Look.Body with { KeepNext = true });

        var header = new List<IReadOnlyList<GridCell>>
        {
            new GridCell[] { new(T.ColumnNumber), new(T.ColumnNominee), new(T.ColumnUnit), new(T.ColumnAward), new(T.ColumnIssued), new(T.ColumnReturned), new(T.ColumnValid), new(T.ColumnAgree), new(T.ColumnShare), new(T.ColumnResult) },
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
        docx.Add([new Span(T.ConclusionLabel, Bold: true), new Span(T.MinutesConclusion(gkNames, bkNames))], Look.Body);
        docx.Add(T.MinutesEnd(meeting.End is { } e ? $"{T.Time(e)}, {T.LongDate(e)}" : T.Blank), Look.Body);
        docx.Signature([T.KeepMinutes], [T.Chair], meeting.Chair ?? "", leftAuthority: [T.Secretary], leftName: meeting.Secretary ?? "");
        return docx.ToBytes();
    }

    private static GridCell Number(int? value) => new(value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", Align: JustificationValues.Center);

    private static string Names(IEnumerable<Nomination> nominations)
    {
        var list = nominations.ToList();
        var collectives = list.Count(n => n.Kind == NomineeKind.Collective);
        return T.KindsCount(collectives, list.Count - collectives);
    }
}
