using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using HungYen.Bot.Core.Awards.Documents;
using HungYen.Bot.Core.Nominations;

namespace HungYen.Bot.Tests.Awards;

public sealed class DocumentTests
{
    public static TheoryData<string> Names() => [.. DocumentSamples.All().Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Document_IsValidA4WithDecreeMarginsFontAndNoPageNumberOnPageOne(string name)
    {
        using var doc = Open(DocumentSamples.All()[name]);

        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var section = doc.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838u, section.GetFirstChild<PageSize>()!.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((1134, 1134, 1701u, 850u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var first = (HeaderPart)doc.MainDocumentPart.GetPartById(section.Elements<HeaderReference>().Single(h => h.Type! == HeaderFooterValues.First).Id!);
        Assert.Empty(first.Header.InnerText);
        var other = (HeaderPart)doc.MainDocumentPart.GetPartById(section.Elements<HeaderReference>().Single(h => h.Type! == HeaderFooterValues.Default).Id!);
        Assert.Contains("PAGE", other.Header.Descendants<SimpleField>().Single().Instruction!.Value);
        var fonts = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single();
        Assert.Equal("Times New Roman", fonts.Ascii!.Value);
        var text = Lines(doc);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
    }

    [Fact]
    public void Submission_HasNumberDateTitleGroundsInOrderThenSignerAndItsList()
    {
        using var doc = Open(SubmissionDocument.Create(DocumentSamples.Context(), DocumentSamples.Nominations()));
        var lines = Lines(doc);

        AssertInOrder(lines, "UBND TỈNH HƯNG YÊN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 12/TTr-SKHCN", "Hưng Yên, ngày 05 tháng 3 năm 2026", "TỜ TRÌNH",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "Căn cứ Kế hoạch số 29/KH-SKHCN ngày 01/03/2025 của Sở Khoa học và Công nghệ;",
            "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Sở ngày 03/03/2026.", "Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.",
            "Nơi nhận:", "- Lưu: VT, VP.", "GIÁM ĐỐC", "Nguyễn Văn Bình", "DANH SÁCH",
            "(Kèm theo Tờ trình số 12/TTr-SKHCN ngày 05/03/2026 của Sở Khoa học và Công nghệ)", "I. TẬP THỂ (01 tập thể)", "II. CÁ NHÂN (02 cá nhân)", "Tổng cộng: 01 tập thể, 02 cá nhân.");
        Assert.Contains(lines, l => l.Contains("tặng Bằng khen cho 01 tập thể, 02 cá nhân", StringComparison.Ordinal));
        // BK-CN-002 got 3 of 5 members (60 % > 50 %); the Giấy khen nominees are not in a Tờ trình.
        Assert.DoesNotContain("Lê Văn Đông", lines);
        Assert.True(doc.MainDocumentPart!.Document.Body!.Descendants<Italic>().Any());
    }

    [Fact]
    public void List_ColumnsOfTheFormUnitsInConfiguredOrderBirthYearUnderGender()
    {
        var nominations = DocumentSamples.Nominations().Where(n => n.Award == AwardLevel.DirectorCertificate).ToList();
        var office = nominations.Single(n => n.Id == "GK-TT-002");
        (office.MemberCount, office.WomenCount) = (10, 8);
        using var doc = Open(ProposalList.Document(DocumentSamples.Context(), AwardLevel.DirectorCertificate, nominations));
        var table = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Last();
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();

        Assert.Equal(["STT", "Họ và tên / Tên tập thể", "Năm sinh", "Chức vụ, đơn vị công tác", "Tóm tắt thành tích", "Ghi chú"], rows[0]);
        Assert.Equal(["", "", "Nam", "Nữ", "", "", ""], rows[1]);
        Assert.Equal("I. TẬP THỂ (02 tập thể)", rows[2].Single());
        // Units in configured order: VP before CDS; people likewise (VP, QLKH, CDS).
        Assert.Equal(["Văn phòng Sở", "Phòng Chuyển đổi số"], new[] { rows[3][1], rows[4][1] });
        // The dossier's share of women goes to Ghi chú, marked when it gives priority.
        Assert.Equal(["Tỷ lệ nữ 80% (được ưu tiên)", ""], new[] { rows[3][^1], rows[4][^1] });
        Assert.Equal("II. CÁ NHÂN (03 cá nhân)", rows[5].Single());
        Assert.Equal(["Lê Văn Đông", "Phạm Thị Dung", "Bùi Văn Hải"], rows.Skip(6).Select(r => r[1]));
        Assert.Equal(["1990", ""], rows[6][2..4]);
        Assert.Equal(["", "1988"], rows[7][2..4]);
        Assert.Contains("Tổng cộng: 02 tập thể, 03 cá nhân.", Lines(doc));
        Assert.Contains("(Kèm theo Quyết định số 45/QĐ-SKHCN ngày 05/03/2026 của Giám đốc Sở Khoa học và Công nghệ)", Lines(doc));
    }

    [Fact]
    public void Minutes_TallyAgainstTheRuleAndConclusion()
    {
        using var doc = Open(MinutesDocument.Create(DocumentSamples.Context(), DocumentSamples.Nominations()));
        var lines = Lines(doc);
        var rows = doc.MainDocumentPart!.Document.Body!.Elements<Table>().First(t => t.InnerText.Contains("Phát ra", StringComparison.Ordinal)).Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();

        AssertInOrder(lines, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "Số: 03/BB-HĐTĐKT", "BIÊN BẢN", "NỘI DUNG CUỘC HỌP", "THƯ KÝ", "CHỦ TỌA");
        Assert.DoesNotContain(lines, l => l.StartsWith("Hưng Yên, ngày", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("tổng số thành viên Hội đồng: 05 đồng chí; có mặt: 04 đồng chí; vắng: 01 đồng chí (đồng chí Ngô Văn Minh, lý do: đi công tác)", StringComparison.Ordinal));
        var dung = rows.Single(r => r.Count > 1 && r[1] == "Phạm Thị Dung");
        Assert.Equal(["4", "4", "4", "2", "40", "Không"], dung[4..]);
        var anh = rows.Single(r => r.Count > 1 && r[1] == "Trần Thị Ánh");
        Assert.Equal(["80", "Đề nghị"], anh[8..]);
        Assert.Contains(lines, l => l.Contains("đề nghị Giám đốc Sở tặng Giấy khen cho 02 tập thể, 02 cá nhân; trình Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể, 02 cá nhân", StringComparison.Ordinal));
    }

    [Fact]
    public void Decision_ArticlesRewardAndList()
    {
        using var doc = Open(DecisionDocument.Create(DocumentSamples.Context(), DocumentSamples.Nominations()));
        var lines = Lines(doc);

        AssertInOrder(lines, "Số: 45/QĐ-SKHCN", "QUYẾT ĐỊNH", "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Căn cứ Quyết định số 12/2025/QĐ-UBND", "Theo đề nghị của Hội đồng Thi đua - Khen thưởng Sở và Chánh Văn phòng Sở.",
            "QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.", "- Như Điều 3;", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Cường", "DANH SÁCH");
        Assert.Contains(lines, l => l.Contains("(1.404.000 đồng)", StringComparison.Ordinal) && l.Contains("(702.000 đồng)", StringComparison.Ordinal));
    }

    [Fact]
    public void NoticeAndInvitation_PeriodAndPersonalisedQr()
    {
        using var notice = Open(NoticeDocument.Create(DocumentSamples.Context(), DocumentSamples.Nominations()));
        Assert.Contains("Thời gian công khai: từ ngày 04/03/2026 đến hết ngày 08/03/2026.", Lines(notice));
        AssertInOrder(Lines(notice), "Số: 20/TB-SKHCN", "THÔNG BÁO", "1. Tập thể, cá nhân đề nghị Chủ tịch UBND tỉnh tặng Bằng khen:", "2. Tập thể, cá nhân đề nghị Giám đốc Sở tặng Giấy khen:", "Hết thời hạn trên, nếu không có ý kiến, Sở hoàn thiện hồ sơ theo quy định./.");

        using var invitation = Open(DocumentSamples.All()["giay-moi"]);
        AssertInOrder(Lines(invitation), "Số:       /GM-SKHCN", "GIẤY MỜI", "Đồng chí Trần Văn Khoa", "Chủ tịch, UBND phường Phố Hiến", "Nơi nhận:", "Mã mời: K7M2Q9");
        Assert.Single(invitation.MainDocumentPart!.ImageParts);
    }

    /// <summary>CI installs LibreOffice (.ci/run); every document must convert to PDF without error.</summary>
    [Fact]
    public void EveryDocument_ConvertsWithLibreOfficeHeadless()
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);
        Assert.True(soffice is not null, "LibreOffice is needed: apt-get install -y libreoffice-writer-nogui (as .ci/run does).");
        var dir = Environment.GetEnvironmentVariable("HUNGYEN_DOCS_OUT") ?? Path.Combine(Path.GetTempPath(), "hungyen-docs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var documents = DocumentSamples.All();
        foreach (var (name, bytes) in documents)
        {
            File.WriteAllBytes(Path.Combine(dir, name + ".docx"), bytes);
        }

        var start = new ProcessStartInfo(soffice!) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir };
        foreach (var argument in new[] { $"-env:UserInstallation=file://{Path.Combine(dir, "profile")}", "--headless", "--convert-to", "pdf", "--outdir", dir })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in documents.Keys)
        {
            start.ArgumentList.Add(name + ".docx");
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "LibreOffice did not finish.");
        Assert.True(process.ExitCode == 0, output);
        foreach (var name in documents.Keys)
        {
            var pdf = Path.Combine(dir, name + ".pdf");
            Assert.True(File.Exists(pdf) && new FileInfo(pdf).Length > 1000, $"{name}.pdf missing: {output}");
        }
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static List<string> Lines(WordprocessingDocument doc) =>
        [.. doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)];

    private static void AssertInOrder(List<string> lines, params string[] expected)
    {
        var at = -1;
        foreach (var e in expected)
        {
            var next = lines.FindIndex(at + 1, l => l.StartsWith(e, StringComparison.Ordinal));
            Assert.True(next > at, $"'{e}' not found after line {at} ('{(at >= 0 ? lines[at] : "")}').");
            at = next;
        }
    }
}
