using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using HungYen.Bot.Core.Awards.Ceremony;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Ceremony;

public sealed partial class StageTests : IDisposable
{
    private readonly ChatHarness _bot = StageHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Stage_BằngKhenFirst_CollectivesFirst_BatchesOfTwo_UnsignedNeverAnnounced()
    {
        await StageHarness.DecideAsync(_bot);

        var reply = await _bot.Admin.Says("/sankhau");

        Assert.Equal(["BK-TT-001", "BK-CN-001", "GK-TT-001", "GK-CN-001", "GK-CN-002"], Ids(reply.Text));
        Assert.DoesNotContain("GK-CN-003", reply.Text);
        Assert.Contains("Thứ tự trao khen thưởng (5 tập thể, cá nhân; 3 đợt):", reply.Text);
        AssertInOrder(
            reply.Text,
            "Quyết định số 123/QĐ-UBND ngày 20/03/2026 — Bằng khen của Chủ tịch UBND tỉnh",
            "Đợt 1 — trao: đồng chí Nguyễn Văn Quang, Phó Chủ tịch UBND tỉnh",
            "Quyết định số 45/QĐ-SKHCN ngày 10/03/2026 — Giấy khen của Giám đốc Sở Khoa học và Công nghệ",
            "Đợt 2 — trao: đồng chí Giám đốc Sở Khoa học và Công nghệ",
            "3. Phòng Quản lý khoa học (GK-TT-001) – đồng chí Phạm Văn Hùng, Trưởng phòng nhận thay",
            "Đợt 3 — trao:",
            "5. Lê Thị Hoa (GK-CN-002)");
    }

    [Fact]
    public async Task CallingList_AndMcScript_AreDocxThatReadBack()
    {
        await StageHarness.GivenDecidedWithEveryReceiverAsync(_bot);

        var list = await _bot.Admin.Says("/sankhau danhsach");
        var script = await _bot.Admin.Says("/sankhau kichban");

        var listFile = list.Messages.Single(m => m.Message.File is not null).Message.File!;
        Assert.Matches(@"^Danh sách thứ tự trao khen thưởng \d{2}-\d{2}-\d{4}\.docx$", listFile.FileName);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(listFile.Content), false))
        {
            var rows = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Last().Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
            Assert.Equal(["STT", "Tên tập thể / Họ và tên", "Chức vụ, đơn vị công tác", "Người nhận", "Điểm danh"], rows[0]);
            Assert.Equal("Quyết định số 123/QĐ-UBND ngày 20/03/2026 — Bằng khen của Chủ tịch UBND tỉnh", rows[1].Single());
            Assert.Equal("Đợt 1 — trao: đồng chí Nguyễn Văn Quang, Phó Chủ tịch UBND tỉnh", rows[2].Single());
            Assert.Equal(["1", "Trung tâm Thông tin, thống kê, ứng dụng khoa học và công nghệ", "", "Đặng Văn Long, Phó Giám đốc Trung tâm", "Chưa mời"], rows[3]);
            Assert.Equal(["2", "Trần Thị Ánh", "Trưởng phòng, Phòng Quản lý khoa học", "Nhận trực tiếp", "Chưa mời"], rows[4]);
            Assert.Equal(["1", "2", "3", "4", "5"], rows.Where(r => r.Count == 5 && r[0] != "STT").Select(r => r[0]));
            Assert.DoesNotContain(rows, r => r.Contains("Vũ Văn Chưa Ký"));
        }

        var scriptFile = script.Messages.Single(m => m.Message.File is not null).Message.File!;
        Assert.Matches(@"^Kịch bản trao khen thưởng \d{2}-\d{2}-\d{4}\.docx$", scriptFile.FileName);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(scriptFile.Content), false))
        {
            var lines = doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
            AssertInOrder(
                string.Join("\n", lines),
                "KỊCH BẢN",
                "Xin trân trọng kính mời đồng chí Đỗ Thị Mai, Chánh Văn phòng Sở lên công bố Quyết định số 123/QĐ-UBND ngày 20/03/2026 của Chủ tịch UBND tỉnh về việc tặng Bằng khen",
                "Đợt 1. Xin trân trọng kính mời các tập thể, cá nhân có tên sau lên sân khấu:",
                "- Trung tâm Thông tin, thống kê, ứng dụng khoa học và công nghệ – đồng chí Đặng Văn Long, Phó Giám đốc Trung tâm nhận thay",
                "- Trần Thị Ánh, Trưởng phòng, Phòng Quản lý khoa học",
                "Xin trân trọng kính mời đồng chí Nguyễn Văn Quang, Phó Chủ tịch UBND tỉnh lên trao Bằng khen cho các tập thể, cá nhân.",
                "(Tặng hoa, chụp ảnh lưu niệm.)",
                "lên công bố Quyết định số 45/QĐ-SKHCN ngày 10/03/2026 của Giám đốc Sở Khoa học và Công nghệ về việc tặng Giấy khen",
                "Đợt 2.",
                "- Phòng Quản lý khoa học – đồng chí Phạm Văn Hùng, Trưởng phòng nhận thay",
                "Xin trân trọng kính mời đồng chí Giám đốc Sở Khoa học và Công nghệ lên trao Giấy khen",
                "Đợt 3.",
                "- Lê Thị Hoa, Viên chức, Trung tâm Thông tin, thống kê",
                "Xin trân trọng cảm ơn các đồng chí.");
            Assert.DoesNotContain(lines, l => l.Contains("Vũ Văn Chưa Ký", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Office_Reorders_WithinADecisionOnly_AndGoesBackToTheGeneratedOrder()
    {
        await StageHarness.DecideAsync(_bot);

        var moved = await _bot.Admin.Says("/sankhau doi gk-cn-002 3");
        var after = await _bot.Admin.Says("/sankhau");
        var across = await _bot.Admin.Says("/sankhau doi GK-CN-002 1");
        var unchanged = await _bot.Admin.Says("/sankhau");
        var bad = await _bot.Admin.Says("/sankhau doi GK-CN-002 đầu");
        var unknown = await _bot.Admin.Says("/sankhau doi GK-CN-003 4");
        var reset = await _bot.Admin.Says("/sankhau macdinh");
        var generated = await _bot.Admin.Says("/sankhau");

        Assert.Contains("Đã chuyển hồ sơ GK-CN-002 lên vị trí 3", moved.Text);
        Assert.Equal(["BK-TT-001", "BK-CN-001", "GK-CN-002", "GK-TT-001", "GK-CN-001"], Ids(after.Text));
        Assert.Contains("chỉ đổi được thứ tự trong cùng Quyết định của nó: từ 3 đến 5", across.Text);
        Assert.Equal(Ids(after.Text), Ids(unchanged.Text));
        Assert.Contains("Xin nhập theo mẫu: /sankhau doi", bad.Text);
        Assert.Contains("Không có hồ sơ GK-CN-003 trong danh sách đã có Quyết định khen thưởng", unknown.Text);
        Assert.Contains("Đã trở lại thứ tự trao tự động", reset.Text);
        Assert.Equal(["BK-TT-001", "BK-CN-001", "GK-TT-001", "GK-CN-001", "GK-CN-002"], Ids(generated.Text));
        Assert.Empty(_bot.Store.Find<StagePlan>(StagePlan.SingleId)!.Order);
    }

    [Fact]
    public async Task IndividualsFirst_WhenConfigured_AndBatchSizeFollowsConfiguration()
    {
        using var bot = StageHarness.Create(new Dictionary<string, string?> { ["Ceremony:CollectivesFirst"] = "false", ["Ceremony:BatchSize"] = "3" });
        await StageHarness.DecideAsync(bot);

        var reply = await bot.Admin.Says("/sankhau");

        Assert.Equal(["BK-CN-001", "BK-TT-001", "GK-CN-001", "GK-CN-002", "GK-TT-001"], Ids(reply.Text));
        Assert.Contains("(5 tập thể, cá nhân; 2 đợt)", reply.Text);
    }

    [Fact]
    public async Task NothingSigned_SaysSo_AndUnitStaffCannotSeeTheStage()
    {
        var empty = await _bot.Admin.Says("/sankhau danhsach");
        var staff = await _bot.StaffAsync("u9");
        var denied = await staff.Says("/sankhau");

        Assert.Contains("Chưa có tập thể, cá nhân nào đã có Quyết định khen thưởng", empty.Text);
        Assert.DoesNotContain(empty.Messages, m => m.Message.File is not null);
        Assert.DoesNotContain("Thứ tự trao", denied.Text);
    }

    internal static IReadOnlyList<string> Ids(string text) => [.. IdPattern().Matches(text).Select(m => m.Groups[1].Value)];

    internal static void AssertInOrder(string text, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"«{part}» not found after position {at} in:\n{text}");
            at = found + part.Length;
        }
    }

    [GeneratedRegex(@"^\d+\. .*?\(((?:BK|GK)-(?:CN|TT)-\d{3})\)", RegexOptions.Multiline)]
    private static partial Regex IdPattern();
}
