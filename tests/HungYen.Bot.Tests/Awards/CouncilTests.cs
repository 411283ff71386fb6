using HungYen.Bot.Core.Awards;
using HungYen.Bot.Core.Awards.Council;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Awards;

public sealed class CouncilTests : IDisposable
{
    private readonly ChatHarness _bot = AwardsHarness.Create(councilMembers: 3);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task MeetingAttendanceAndVotesInChat_BotProposesTheResult_OfficeConfirms()
    {
        var changes = new ChangeSet();
        changes.Upsert(new Nomination { Id = "GK-CN-001", UnitCode = "QLKH", Award = AwardLevel.DirectorCertificate, Kind = NomineeKind.Individual, Name = "Nguyễn Văn An", Status = NominationStatus.Scheduled, SubmittedBy = "test:ha" });
        _bot.Store.Commit(changes);

        var set = await _bot.Admin.Says("/hoidong hop 03/03/2026 08:00; Phòng họp tầng 3");
        await _bot.Admin.Says("/hoidong thanhvien hoàng văn cường; Phó Giám đốc Sở; Ủy viên");
        var absent = await _bot.Admin.Says("/hoidong vang 2 đi công tác");
        var impossible = await _bot.Admin.Says("/hoidong phieu GK-CN-001 3 3 3 4");
        var tally = await _bot.Admin.Says("/hoidong phieu GK-CN-001 3 3 3 3");
        var confirmed = await _bot.Admin.Says("/hoso_buoc GK-CN-001 hddenghi");

        Assert.Contains("08:00 ngày 03/03/2026, tại Phòng họp tầng 3; 3 thành viên", set.Text);
        Assert.Contains("có mặt 3/4 thành viên", absent.Text);
        Assert.Contains("Số phiếu không hợp lý", impossible.Text);
        // 3 of 4 members = 75 % > 50 %; quorum 2/3 of 4 met with 3 present.
        Assert.Contains("đồng ý 75% trên 4 thành viên Hội đồng", tally.Text);
        Assert.Contains("Đề xuất kết quả: Hội đồng đề nghị khen thưởng", tally.Text);
        Assert.Contains("— Hội đồng đề nghị khen thưởng", confirmed.Text);
        var meeting = _bot.Store.Find<CouncilMeeting>(CouncilMeeting.SingleId)!;
        Assert.Equal(("Nguyễn Văn Bình", "Đỗ Thị Hoa"), (meeting.Chair, meeting.Secretary));
        Assert.Equal(3, meeting.BallotFor("GK-CN-001")!.Agree);
        Assert.Equal(NominationStatus.CouncilProposed, _bot.Store.Find<Nomination>("GK-CN-001")!.Status);
    }

    [Theory]
    [InlineData(VoteBase.Members, true, 5, 10, 10, false)]
    [InlineData(VoteBase.Members, false, 5, 10, 10, true)]
    [InlineData(VoteBase.Present, true, 5, 10, 7, true)]
    [InlineData(VoteBase.Present, true, 5, 10, 6, false)]
    public void Tally_AppliesBaseComparisonAndQuorum(VoteBase @base, bool strict, int agree, int members, int present, bool proposed)
    {
        var rule = new VoteRule { Base = @base, Strict = strict, Percent = 50 };

        var result = VoteTally.Compute(rule, members, present, new CouncilBallot { Issued = present, Returned = present, Valid = present, Agree = agree });

        Assert.Equal(proposed, result.Proposed);
    }
}
