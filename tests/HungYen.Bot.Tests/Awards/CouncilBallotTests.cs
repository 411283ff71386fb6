using HungYen.Bot.Core.Awards;
using HungYen.Bot.Core.Awards.Council;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;
using MiniExcelLibs;

namespace HungYen.Bot.Tests.Awards;

/// <summary>The Council's tally sheet: the bot sends it, the office fills it in and sends it back (issue 17, point 3).</summary>
public sealed class CouncilBallotTests : IDisposable
{
    private const string Sheet = "Kiểm phiếu";

    private readonly ChatHarness _bot = AwardsHarness.Create(councilMembers: 4);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task BallotSheet_SentFilledAndSentBack_RecordsTheVotesAsTypedInChat()
    {
        await MeetingWithThreePresentAsync();

        var sent = await _bot.Admin.Says("/hoidong_phieu");
        var sheet = SheetOf(sent);
        using (var book = new PrintedWorkbook(sheet))
        {
            Assert.Equal([Sheet], book.SheetNames);
            Assert.Empty(book.SchemaErrors());
            Assert.Equal("BẢNG TỔNG HỢP KẾT QUẢ KIỂM PHIẾU", book.FirstColumn(Sheet)[0]);
            Assert.Equal("Họp Hội đồng Thi đua - Khen thưởng Sở lúc 08:00 ngày 03/03/2026, tại Phòng họp tầng 3; có mặt 03/04 thành viên", book.FirstColumn(Sheet)[1]);
            Assert.Equal(["STT", "Họ và tên / Tên tập thể", "Đơn vị đề xuất", "Hình thức", "Phát ra", "Thu về", "Hợp lệ", "Đồng ý", "Mã hồ sơ"], book.Headers(Sheet));
            // Only the nominees put to the meeting; Bằng khen first.
            Assert.Equal(["BK-TT-001", "GK-CN-001", "GK-CN-002"], book.Rows(Sheet).Select(r => r["Mã hồ sơ"]?.ToString()).OfType<string>());
        }

        var filled = PrintedWorkbook.Filled(sheet, Sheet, Votes(sheet, ("BK-TT-001", [3, 3, 3, 3]), ("GK-CN-001", [3, 3, 3, 1])));
        var reply = await _bot.Admin.SendsFile("Bảng kiểm phiếu Hội đồng.xlsx", filled);
        var confirmed = await _bot.Admin.Says("/hoso_buoc BK-TT-001 hddenghi");

        Assert.Contains("Đã ghi kết quả bỏ phiếu của 2 hồ sơ từ bảng kiểm phiếu", reply.Text);
        Assert.Contains("Hồ sơ BK-TT-001 (Phòng Quản lý khoa học): đồng ý 75% trên 4 thành viên Hội đồng", reply.Text);
        Assert.Contains("Hồ sơ GK-CN-001 (Nguyễn Văn An): đồng ý 25% trên 4 thành viên Hội đồng", reply.Text);
        Assert.Contains("Đề xuất kết quả: Hội đồng không đề nghị khen thưởng. Xin Văn phòng Sở xác nhận bằng /hoso_buoc GK-CN-001 hdkhong", reply.Text);
        Assert.Null(_bot.Admin.Session!.Flow);
        var meeting = _bot.Store.Find<CouncilMeeting>(CouncilMeeting.SingleId)!;
        Assert.Equal((3, 3, 3, 3), Counts(meeting.BallotFor("BK-TT-001")!));
        Assert.Equal((3, 3, 3, 1), Counts(meeting.BallotFor("GK-CN-001")!));
        Assert.Null(meeting.BallotFor("GK-CN-002"));
        Assert.Contains("— Hội đồng đề nghị khen thưởng", confirmed.Text);

        // The next sheet carries what was recorded.
        var again = SheetOf(await _bot.Admin.Says("/hoidong_phieu"));
        using var next = new PrintedWorkbook(again);
        Assert.Equal(1.0, next.Rows(Sheet).Single(r => r["Mã hồ sơ"]?.ToString() == "GK-CN-001")["Đồng ý"]);
    }

    [Fact]
    public async Task BadBallotSheets_AreExplainedInVietnamese_NothingIsSaved_AndTheBotStillWaits()
    {
        await MeetingWithThreePresentAsync();
        var sheet = SheetOf(await _bot.Admin.Says("/hoidong_phieu"));
        using var other = new MemoryStream();
        other.SaveAs(new[] { new Dictionary<string, object> { ["Mã hồ sơ"] = "GK-CN-001", ["Đồng ý"] = 3 } }, sheetName: "Sheet1");

        var docx = await _bot.Admin.SendsFile("bien-ban.docx", [1, 2, 3]);
        var wrongSheet = await _bot.Admin.SendsFile("phieu.xlsx", other.ToArray());
        var broken = await _bot.Admin.SendsFile("phieu.xlsx", [0x50, 0x4B, 1, 2, 3]);
        var word = await _bot.Admin.SendsFile("phieu.xlsx", PrintedWorkbook.Filled(sheet, Sheet, Votes(sheet, ("BK-TT-001", [3, 3, 3, 3]), ("GK-CN-001", [3, 3, 3, "ba"]))));
        var tooMany = await _bot.Admin.SendsFile("phieu.xlsx", PrintedWorkbook.Filled(sheet, Sheet, Votes(sheet, ("BK-TT-001", [3, 3, 3, 3]), ("GK-CN-002", [5, 5, 5, 5]))));
        var disorder = await _bot.Admin.SendsFile("phieu.xlsx", PrintedWorkbook.Filled(sheet, Sheet, Votes(sheet, ("GK-CN-001", [3, 2, 3, 1]))));
        var half = await _bot.Admin.SendsFile("phieu.xlsx", PrintedWorkbook.Filled(sheet, Sheet, Votes(sheet, ("GK-CN-001", [3, 3, "", 1]))));
        var empty = await _bot.Admin.SendsFile("phieu.xlsx", sheet);
        var text = await _bot.Admin.Says("3 3 3 3");

        Assert.Contains("xin gửi bảng kiểm phiếu dạng Excel (.xlsx)", docx.Text);
        Assert.Contains("Tệp không có trang «Kiểm phiếu»", wrongSheet.Text);
        Assert.Contains("Không đọc được tệp", broken.Text);
        Assert.Contains("Chưa ghi kết quả nào vì tệp có lỗi", word.Text);
        Assert.Contains("Dòng 8 (Nguyễn Văn An): cột «Đồng ý» ghi «ba», không phải số nguyên.", word.Text);
        Assert.Contains("Dòng 9 (Lê Thị Ánh): số phiếu phát ra 5 lớn hơn số thành viên có mặt (3).", tooMany.Text);
        Assert.Contains("Dòng 8 (Nguyễn Văn An): số phiếu phải có phát ra ≥ thu về ≥ hợp lệ ≥ đồng ý.", disorder.Text);
        Assert.Contains("Dòng 8 (Nguyễn Văn An): chưa ghi số phiếu ở cột «Hợp lệ».", half.Text);
        Assert.Contains("Tệp chưa có số phiếu nào", empty.Text);
        Assert.Contains("Ở bước này xin gửi tệp bảng kiểm phiếu (.xlsx)", text.Text);
        // The good row of a bad file is not kept either; the office is still asked for the sheet.
        Assert.Empty(_bot.Store.Find<CouncilMeeting>(CouncilMeeting.SingleId)!.Ballots);
        Assert.Equal("council-ballot", _bot.Admin.Session!.Flow);
        Assert.All(new[] { wrongSheet, word, tooMany }, r => Assert.Contains("Sau khi kiểm phiếu, xin điền số phiếu", r.Last.Text));
    }

    [Fact]
    public async Task BallotSheet_WithoutMeetingOrNominees_SaysWhatToDoFirst()
    {
        var noMeeting = await _bot.Admin.Says("/hoidong_phieu");
        await _bot.Admin.Says("/hoidong hop 03/03/2026 08:00; Phòng họp tầng 3");
        var noNominees = await _bot.Admin.Says("/hoidong_phieu");
        var staff = await _bot.StaffAsync("u1");
        var refused = await staff.Says("/hoidong_phieu");

        Assert.Contains("Chưa có cuộc họp Hội đồng", noMeeting.Text);
        Assert.Contains("Chưa có hồ sơ nào được đưa ra Hội đồng xét", noNominees.Text);
        Assert.DoesNotContain(refused.Messages, m => m.Message.File is not null);
        Assert.Null(_bot.Admin.Session!.Flow);
    }

    private async Task MeetingWithThreePresentAsync()
    {
        var changes = new ChangeSet();
        changes.Upsert(Scheduled("GK-CN-001", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Nguyễn Văn An"));
        changes.Upsert(Scheduled("GK-CN-002", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Lê Thị Ánh"));
        changes.Upsert(Scheduled("BK-TT-001", AwardLevel.ProvincialCertificate, NomineeKind.Collective, "Phòng Quản lý khoa học"));
        var notYet = Scheduled("GK-CN-003", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Trần Văn Ân");
        notYet.Status = NominationStatus.Approved;
        changes.Upsert(notYet);
        _bot.Store.Commit(changes);
        await _bot.Admin.Says("/hoidong hop 03/03/2026 08:00; Phòng họp tầng 3");
        await _bot.Admin.Says("/hoidong vang 2 đi công tác");
    }

    private static Nomination Scheduled(string id, AwardLevel award, NomineeKind kind, string name) =>
        new() { Id = id, UnitCode = "QLKH", Award = award, Kind = kind, Name = name, Status = NominationStatus.Scheduled, SubmittedBy = "test:ha" };

    private static byte[] SheetOf(Reply reply) =>
        reply.Messages.Single(m => m.Message.File?.FileName == "Bảng kiểm phiếu Hội đồng.xlsx").Message.File!.Content;

    /// <summary>The cells of Phát ra … Đồng ý (E–H) in each nominee's row, found by its Mã hồ sơ (column I).</summary>
    private static Dictionary<string, object> Votes(byte[] sheet, params (string Id, object[] Counts)[] rows)
    {
        using var book = new PrintedWorkbook(sheet);
        var cells = new Dictionary<string, object>();
        foreach (var (id, counts) in rows)
        {
            var row = book.Sheet(Sheet).Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference!.Value!.StartsWith('I') && book.Text(c) == id).CellReference!.Value![1..];
            for (var i = 0; i < counts.Length; i++)
            {
                cells[$"{(char)('E' + i)}{row}"] = counts[i];
            }
        }

        return cells;
    }

    private static (int, int, int, int) Counts(CouncilBallot b) => (b.Issued, b.Returned, b.Valid, b.Agree);
}
