using C = HungYen.Bot.Core.Texts.Vi.Council;

namespace HungYen.Bot.Core.Awards.Council;

/// <summary>
/// /hoidong — the Council's meeting in chat: "hop &lt;dd/MM/yyyy HH:mm&gt;; &lt;địa điểm&gt;" (members from
/// Awards:CouncilMembers), "thanhvien &lt;họ tên&gt;; &lt;chức vụ&gt;; &lt;vai trò&gt;", "vang &lt;STT&gt; [lý do]",
/// "phieu &lt;mã&gt; &lt;phát ra&gt; &lt;thu về&gt; &lt;hợp lệ&gt; &lt;đồng ý&gt;". The bot computes the share against the
/// Quy chế and proposes the result; the office confirms it with /hoso_buoc.
/// </summary>
public sealed class CouncilCommand(IOptionsMonitor<AwardsOptions> awards) : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("hoidong", C.Command, Texts.En.Commands.Council);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var meeting = turn.Store.Find<CouncilMeeting>(CouncilMeeting.SingleId) ?? new CouncilMeeting();
        var (word, rest) = SubCommand(arguments);
        var reply = word switch
        {
            "hop" => Meet(meeting, rest),
            "thanhvien" => Member(meeting, rest),
            "vang" => Absent(meeting, rest),
            "phieu" => Ballot(turn, meeting, rest),
            "" => C.Status(meeting.Start is { } s ? VietnameseDate.DateTime(s) : null, meeting.Place, meeting.Members.Select((m, i) => C.MemberLine(i + 1, m.Name, m.Position, m.Role, m.Present)).ToList(), meeting.Ballots.Count),
            _ => null,
        };
        if (reply is null)
        {
            turn.Say(C.Usage);
            return Task.CompletedTask;
        }

        meeting.ChangedAt = turn.Now;
        meeting.ChangedBy = turn.User.Address.ToString();
        turn.Changes.Upsert(meeting);
        turn.Say(reply);
        return Task.CompletedTask;
    }

    private string? Meet(CouncilMeeting meeting, string rest)
    {
        var fields = rest.Split(';', 2, StringSplitOptions.TrimEntries);
        if (fields.Length < 2 || fields[1].Length == 0 || !VietnameseDate.TryParseDateTime(fields[0], out var start))
        {
            return null;
        }

        meeting.Start = start;
        meeting.Place = fields[1];
        if (meeting.Members.Count == 0)
        {
            meeting.Members = [.. awards.CurrentValue.CouncilMembers.Select(m => new CouncilAttendance { Name = m.Name, Position = m.Position, Role = m.Role })];
        }

        SetChairAndSecretary(meeting);
        return C.MeetingSet(VietnameseDate.DateTime(start), fields[1], meeting.Members.Count);
    }

    private static string? Member(CouncilMeeting meeting, string rest)
    {
        var fields = rest.Split(';', StringSplitOptions.TrimEntries);
        if (fields.Length < 3 || !NameRules.IsPersonName(NameRules.Normalise(fields[0])) || fields[1].Length == 0 || fields[2].Length == 0)
        {
            return null;
        }

        meeting.Members.Add(new CouncilAttendance { Name = NameRules.Normalise(fields[0]), Position = fields[1], Role = fields[2] });
        SetChairAndSecretary(meeting);
        return C.MemberAdded(NameRules.Normalise(fields[0]), meeting.Members.Count);
    }

    private static string? Absent(CouncilMeeting meeting, string rest)
    {
        var fields = rest.Split(' ', 2, StringSplitOptions.TrimEntries);
        if (!int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > meeting.Members.Count)
        {
            return null;
        }

        var member = meeting.Members[number - 1];
        member.Present = false;
        member.AbsenceReason = fields.Length > 1 ? fields[1] : null;
        return C.AbsentSet(member.Name, meeting.PresentCount, meeting.Members.Count);
    }

    private string? Ballot(Turn turn, CouncilMeeting meeting, string rest)
    {
        var fields = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var counts = fields.Skip(1).Select(f => int.TryParse(f, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1).ToArray();
        if (fields.Length != 5 || counts.Any(c => c < 0) || turn.Store.Find<Nomination>(fields[0].ToUpperInvariant()) is not { } n)
        {
            return null;
        }

        var ballot = new CouncilBallot { NominationId = n.Id, Issued = counts[0], Returned = counts[1], Valid = counts[2], Agree = counts[3] };
        return CouncilVotes.Possible(ballot, meeting.PresentCount) ? CouncilVotes.Record(meeting, n, ballot, awards.CurrentValue.Vote) : C.BadCounts(meeting.PresentCount);
    }

    private static void SetChairAndSecretary(CouncilMeeting meeting)
    {
        meeting.Chair ??= meeting.Members.Find(m => m.Role.StartsWith(C.ChairRole, StringComparison.Ordinal))?.Name;
        meeting.Secretary ??= meeting.Members.Find(m => m.Role.StartsWith(C.SecretaryRole, StringComparison.Ordinal))?.Name;
    }
}
