using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Nominations;

public sealed class ExportTests : IDisposable
{
    private const string List = "Danh sách đề xuất";
    private const string Excluded = "Không đủ điều kiện, đã rút";

    private readonly ChatHarness _bot = NominationHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Export_MainSheetTitledGroupedWithSubtotalsAndTotal_RejectedAndWithdrawnOnTheirOwnSheet()
    {
        SeedMixed();

        var reply = await _bot.Admin.Says("/xuat");

        Assert.Contains("Danh sách tổng hợp 6 hồ sơ", reply.Text);
        Assert.Contains("kèm 2 hồ sơ không được xét, không được khen thưởng hoặc đã rút, ở trang «Không đủ điều kiện, đã rút»", reply.Text);
        using var book = new PrintedWorkbook(Workbook(reply));
        Assert.Equal([List, Excluded], book.SheetNames);
        var column = book.FirstColumn(List);
        Assert.Equal("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC CÁC ĐƠN VỊ ĐỀ XUẤT KHEN THƯỞNG", column[0]);
        Assert.Equal("(Tổng hợp lúc 09:00 ngày 24/11/2026; 06 hồ sơ)", column[1]);
        // Bằng khen first, collectives first; the STT restarts in each group; a subtotal per group and per award.
        Assert.Equal(
            [
                "STT", "Bằng khen của Chủ tịch UBND tỉnh – Tập thể", "1", "Cộng Bằng khen – tập thể: 01 tập thể",
                "Cộng Bằng khen của Chủ tịch UBND tỉnh: 01 tập thể, 00 cá nhân",
                "Giấy khen của Giám đốc Sở – Cá nhân", "1", "2", "3", "4", "5", "Cộng Giấy khen – cá nhân: 05 cá nhân",
                "Cộng Giấy khen của Giám đốc Sở: 00 tập thể, 05 cá nhân", "Tổng cộng: 01 tập thể, 05 cá nhân (06 hồ sơ)",
            ],
            column[3..]);
        var rows = book.Rows(List).Where(r => r["Mã hồ sơ"] is not null).ToList();
        // Given name first, Vietnamese collation: An < Ánh < Ân < Dung < Đông (a < á… < â, d < đ).
        Assert.Equal(["Phòng Quản lý khoa học", "Nguyễn Văn An", "Lê Thị Ánh", "Trần Văn Ân", "Đỗ Thị Dung", "Bùi Văn Đông"], rows.Select(r => r["Họ và tên / Tên tập thể"]?.ToString()));
        // Text Excel would run is kept text by the quote prefix (printed as typed, still text when the cell is edited).
        Assert.Equal(["+84 cộng", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "-1+2"], new[] { 1, 2, 4, 5 }.Select(i => rows[i]["Tóm tắt thành tích"]));
        var formulaLike = book.Cell(List, "H11");
        Assert.Equal(("=HYPERLINK(\"http://x\")", true, null), (book.Text(formulaLike), book.QuotePrefixed(formulaLike), formulaLike.CellFormula));
        Assert.Equal("hợp lệ", rows[2]["Trạng thái"]);
        Assert.Equal("Phòng Quản lý khoa học", rows[1]["Đơn vị đề xuất"]);
        var other = book.Rows(Excluded).Where(r => r["Mã hồ sơ"] is not null).ToList();
        Assert.Equal([("GK-CN-004", "đã rút"), ("GK-CN-007", "chưa đủ điều kiện đề nghị khen thưởng")], other.Select(r => (r["Mã hồ sơ"]!.ToString()!, r["Trạng thái"]!.ToString()!)));
        Assert.Equal("đang bị xem xét kỷ luật", other[1]["Ghi chú"]);
        Assert.Equal("Tổng cộng: 02 hồ sơ", book.FirstColumn(Excluded)[^1]);
    }

    [Fact]
    public async Task Export_PrintsOnA4LandscapeOnePageWide_HeaderRepeated_ReaderColumnsFirstInternalLast_RealDates()
    {
        SeedMixed();

        var reply = await _bot.Admin.Says("/xuat");

        using var book = new PrintedWorkbook(Workbook(reply));
        Assert.Empty(book.SchemaErrors());
        var headers = book.Headers(List);
        Assert.Equal(
            ["STT", "Họ và tên / Tên tập thể", "Năm sinh", "Giới tính", "Chức vụ, đơn vị công tác", "Đơn vị đề xuất", "Nội dung khen thưởng", "Tóm tắt thành tích", "Khen thưởng đã nhận", "Điện thoại liên hệ", "Ngày gửi", "Trạng thái", "Ghi chú"],
            headers[..13]);
        Assert.Equal(["Mã hồ sơ", "Tệp báo cáo thành tích", "Phiên bản", "Người gửi (mã định danh)"], headers[^4..]);
        foreach (var name in book.SheetNames)
        {
            var sheet = book.Sheet(name);
            var setup = sheet.GetFirstChild<PageSetup>()!;
            Assert.Equal((9u, OrientationValues.Landscape, 1u, 0u), (setup.PaperSize!.Value, setup.Orientation!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
            Assert.True(sheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
            Assert.Equal($"'{name}'!$4:$4", book.DefinedName(name, "_xlnm.Print_Titles"));
            Assert.StartsWith($"'{name}'!$A$1:$M$", book.DefinedName(name, "_xlnm.Print_Area"));
            Assert.Equal(headers.Count, sheet.Descendants<Column>().Count(c => c.CustomWidth?.Value == true && c.Width!.Value > 0));
            Assert.Contains("&P", sheet.Descendants<OddFooter>().Single().Text, StringComparison.Ordinal);
        }

        Assert.True(book.Wraps(book.Cell(List, "H6")));
        Assert.True(book.Wraps(book.Cell(List, "A4")));
        // Ngày gửi (K) is a date cell shown dd/mm/yyyy; Cập nhật lúc a date and time; the year a number.
        var submitted = book.Cell(List, "K6");
        Assert.Null(submitted.DataType);
        Assert.Equal("dd/mm/yyyy", book.FormatOf(submitted));
        Assert.Equal(new DateTime(2026, 11, 24), DateTime.FromOADate(double.Parse(submitted.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        var updated = book.Cell(List, $"{Core.Spreadsheets.PrintableWorkbook.Letter(headers.IndexOf("Cập nhật lúc") + 1)}6");
        Assert.Equal("dd/mm/yyyy hh:mm", book.FormatOf(updated));
        Assert.Equal(new DateTime(2026, 11, 24, 9, 0, 0), DateTime.FromOADate(double.Parse(updated.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Null(book.Cell(List, "C12").DataType);
    }

    [Fact]
    public async Task Export_HoldsTheDossierFields_ContentPriorAwardsHeadAndItsPositionWomenPhoneDeclaration()
    {
        var changes = new ChangeSet();
        changes.Upsert(new Nomination
        {
            Id = "BK-TT-001",
            UnitCode = "QLKH",
            Award = AwardLevel.ProvincialCertificate,
            Kind = NomineeKind.Collective,
            Name = "Phòng Quản lý khoa học",
            Head = "Nguyễn Thị Hạnh",
            HeadPosition = "Trưởng phòng",
            MemberCount = 10,
            WomenCount = 8,
            Movement = "Bình dân học vụ số",
            PriorAwards = "2024; Giấy khen của Giám đốc Sở; 45/QĐ-SKHCN ngày 10/3/2024; Sở Khoa học và Công nghệ",
            Ratings = "2024:HTTNV;2025:HTXSNV",
            ContactPhone = "0912345678",
            NoDisciplineConfirmed = true,
            DeclaredOnBehalf = true,
            Summary = "Hoàn thành xuất sắc nhiệm vụ.",
            Status = NominationStatus.Submitted,
            SubmittedAt = _bot.Clock.GetUtcNow(),
            UpdatedAt = _bot.Clock.GetUtcNow(),
            SubmittedBy = "test:ha",
            Version = 3,
        });
        _bot.Store.Commit(changes);

        var reply = await _bot.Admin.Says("/xuat");

        using var book = new PrintedWorkbook(Workbook(reply));
        var row = book.Rows(List).Single(r => r["Mã hồ sơ"]?.ToString() == "BK-TT-001");
        Assert.Equal("Người đứng đầu: Nguyễn Thị Hạnh, Trưởng phòng; 10 người, 8 nữ (80%, được ưu tiên)", row["Chức vụ, đơn vị công tác"]);
        Assert.Equal("Đã có thành tích xuất sắc trong phong trào thi đua “Bình dân học vụ số”", row["Nội dung khen thưởng"]);
        Assert.StartsWith("2024; Giấy khen của Giám đốc Sở", row["Khen thưởng đã nhận"]?.ToString(), StringComparison.Ordinal);
        Assert.Equal("0912345678", row["Điện thoại liên hệ"]);
        Assert.Equal("Năm 2024: Hoàn thành tốt nhiệm vụ; năm 2025: Hoàn thành xuất sắc nhiệm vụ", row["Xếp loại 2 năm gần nhất"]);
        Assert.Equal("Trưởng phòng", row["Chức vụ người đứng đầu"]);
        Assert.Equal((10, 8, 80), (Convert.ToInt32(row["Số người"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt32(row["Số nữ"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt32(row["Tỷ lệ nữ (%)"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("Đã xác nhận (thay mặt Thủ trưởng đơn vị)", row["Cam kết theo Điều 4 Nghị định 152/2025/NĐ-CP"]);
        Assert.Equal(("test:ha", 3), (row["Người gửi (mã định danh)"], Convert.ToInt32(row["Phiên bản"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Export_CsvHasBomVietnameseHeadersAndEscapedCells()
    {
        Seed(("GK-CN-001", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Trần Văn Ân", NominationStatus.Submitted, "=1+1"));

        var reply = await _bot.Admin.Says("/xuat");

        var csv = reply.Messages.Single(m => m.Message.File?.FileName.EndsWith(".csv", StringComparison.Ordinal) == true).Message.File!.Content;
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var text = Encoding.UTF8.GetString(csv[3..]);
        Assert.StartsWith("STT,Họ và tên / Tên tập thể,Năm sinh,Giới tính,\"Chức vụ, đơn vị công tác\",Đơn vị đề xuất", text);
        Assert.Contains("'=1+1", text);
        Assert.DoesNotContain(",=1+1", text);
        Assert.Contains(",24/11/2026,", text);
    }

    /// <summary>CI installs LibreOffice Calc (.ci/run); the export must convert to PDF, landscape, the list on its pages.</summary>
    [Fact]
    public async Task Export_ConvertsWithLibreOfficeHeadlessToLandscapePages()
    {
        SeedMixed();
        var reply = await _bot.Admin.Says("/xuat");
        var dir = Environment.GetEnvironmentVariable("HUNGYEN_DOCS_OUT") ?? Path.Combine(Path.GetTempPath(), "hungyen-xlsx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, "export-sample.xlsx"), Workbook(reply));

        var pdf = PrintedWorkbook.ConvertToPdf(dir, ["export-sample.xlsx"]).Single();

        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        // A4 landscape is 842 × 595 points; every page of both sheets is so.
        var boxes = System.Text.RegularExpressions.Regex.Matches(text, @"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]");
        Assert.NotEmpty(boxes);
        Assert.All(boxes, b => Assert.Equal((842, 595), ((int)Math.Round(double.Parse(b.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)), (int)Math.Round(double.Parse(b.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))));
    }

    [Fact]
    public async Task Export_Nothing_SaysSo()
    {
        var reply = await _bot.Admin.Says("/xuat");

        Assert.Contains("Chưa có hồ sơ đề xuất nào để xuất", reply.Text);
    }

    private static byte[] Workbook(Reply reply) =>
        reply.Messages.Single(m => m.Message.File?.FileName.EndsWith(".xlsx", StringComparison.Ordinal) == true).Message.File!.Content;

    private void SeedMixed()
    {
        Seed(
            ("GK-CN-001", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Trần Văn Ân", NominationStatus.Submitted, "Bình thường"),
            ("GK-CN-002", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Lê Thị Ánh", NominationStatus.Approved, "=HYPERLINK(\"http://x\")"),
            ("GK-CN-003", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Nguyễn Văn An", NominationStatus.Submitted, "+84 cộng"),
            ("GK-CN-004", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Phạm Đức Anh", NominationStatus.Withdrawn, "đã rút"),
            ("GK-CN-005", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Đỗ Thị Dung", NominationStatus.Submitted, "@SUM(A1)"),
            ("GK-CN-006", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Bùi Văn Đông", NominationStatus.Submitted, "-1+2"),
            ("GK-CN-007", AwardLevel.DirectorCertificate, NomineeKind.Individual, "Hoàng Văn Bảo", NominationStatus.Rejected, "Không đủ"),
            ("BK-TT-001", AwardLevel.ProvincialCertificate, NomineeKind.Collective, "Phòng Quản lý khoa học", NominationStatus.Submitted, "Tập thể"));
    }

    private void Seed(params (string Id, AwardLevel Award, NomineeKind Kind, string Name, NominationStatus Status, string Summary)[] rows)
    {
        var changes = new ChangeSet();
        foreach (var r in rows)
        {
            changes.Upsert(new Nomination
            {
                Id = r.Id,
                UnitCode = "QLKH",
                Award = r.Award,
                Kind = r.Kind,
                Name = r.Name,
                Status = r.Status,
                Summary = r.Summary,
                BirthYear = 1980,
                LastNote = r.Status == NominationStatus.Rejected ? "đang bị xem xét kỷ luật" : null,
                SubmittedAt = _bot.Clock.GetUtcNow(),
                UpdatedAt = _bot.Clock.GetUtcNow(),
            });
        }

        _bot.Store.Commit(changes);
    }
}
