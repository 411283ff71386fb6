using System.Text;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Support;
using MiniExcelLibs;

namespace HungYen.Bot.Tests.Nominations;

public sealed class ExportTests : IDisposable
{
    private readonly ChatHarness _bot = NominationHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Export_WorkbookReadsBackGroupedSortedTheVietnameseWayAndEscaped()
    {
        Seed(
            ("GK-CN-001", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Trần Văn Ân", NominationStatus.Submitted, "Bình thường"),
            ("GK-CN-002", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Lê Thị Ánh", NominationStatus.Approved, "=HYPERLINK(\"http://x\")"),
            ("GK-CN-003", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Nguyễn Văn An", NominationStatus.Submitted, "+84 cộng"),
            ("GK-CN-004", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Phạm Đức Anh", NominationStatus.Withdrawn, "đã rút"),
            ("GK-CN-005", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Đỗ Thị Dung", NominationStatus.Submitted, "@SUM(A1)"),
            ("GK-CN-006", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Bùi Văn Đông", NominationStatus.Submitted, "-1+2"),
            ("BK-TT-001", AwardLevel.ProvincialCertificate, NomineeKind.Collective, "Phòng Quản lý khoa học", NominationStatus.Submitted, "Tập thể"));

        var reply = await _bot.Admin.Says("/xuat");

        var workbook = reply.Messages.Single(m => m.Message.File?.FileName.EndsWith(".xlsx", StringComparison.Ordinal) == true).Message.File!;
        Assert.Contains("6 hồ sơ", reply.Text);
        using var stream = new MemoryStream(workbook.Content);
        Assert.Equal(["Tổng hợp", "Giấy khen - Cá nhân", "Bằng khen - Tập thể"], stream.GetSheetNames());
        var rows = stream.Query(useHeaderRow: true, sheetName: "Giấy khen - Cá nhân").Cast<IDictionary<string, object>>().ToList();
        // Given name first, Vietnamese collation: An < Ánh < Ân < Dung < Đông (a < á… < â, d < đ).
        Assert.Equal(["Nguyễn Văn An", "Lê Thị Ánh", "Trần Văn Ân", "Đỗ Thị Dung", "Bùi Văn Đông"], rows.Select(r => r["Họ và tên / Tên tập thể"]?.ToString()));
        Assert.Equal("'=HYPERLINK(\"http://x\")", rows[1]["Tóm tắt thành tích"]);
        Assert.Equal("'+84 cộng", rows[0]["Tóm tắt thành tích"]);
        Assert.Equal("'@SUM(A1)", rows[3]["Tóm tắt thành tích"]);
        Assert.Equal("'-1+2", rows[4]["Tóm tắt thành tích"]);
        Assert.Equal("hợp lệ", rows[1]["Trạng thái"]);
        Assert.Equal("Phòng Quản lý khoa học", rows[0]["Đơn vị đề xuất"]);
        var all = stream.Query(useHeaderRow: true, sheetName: "Tổng hợp").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(6, all.Count);
        Assert.Equal("BK-TT-001", all[^1]["Mã hồ sơ"]);
    }

    [Fact]
    public async Task Export_CsvHasBomVietnameseHeadersAndEscapedCells()
    {
        Seed(("GK-CN-001", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Trần Văn Ân", NominationStatus.Submitted, "=1+1"));

        var reply = await _bot.Admin.Says("/xuat");

        var csv = reply.Messages.Single(m => m.Message.File?.FileName.EndsWith(".csv", StringComparison.Ordinal) == true).Message.File!.Content;
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var text = Encoding.UTF8.GetString(csv[3..]);
        Assert.StartsWith("STT,Mã hồ sơ,Hình thức khen thưởng,Đối tượng,Họ và tên / Tên tập thể", text);
        Assert.Contains("'=1+1", text);
        Assert.DoesNotContain(",=1+1", text);
    }

    [Fact]
    public async Task Export_Nothing_SaysSo()
    {
        var reply = await _bot.Admin.Says("/xuat");

        Assert.Contains("Chưa có hồ sơ đề xuất nào để xuất", reply.Text);
    }

    private void Seed(params (string Id, AwardLevel Award, NomineeKind Kind, string Name, NominationStatus Status, string Summary)[] rows)
    {
        var changes = new ChangeSet();
        foreach (var r in rows)
        {
            changes.Upsert(new Nomination { Id = r.Id, UnitCode = "QLKH", Award = r.Award, Kind = r.Kind, Name = r.Name, Status = r.Status, Summary = r.Summary, BirthYear = 1980, SubmittedAt = _bot.Clock.GetUtcNow(), UpdatedAt = _bot.Clock.GetUtcNow() });
        }

        _bot.Store.Commit(changes);
    }
}
