using System.IO.Compression;
using HungYen.Bot.Core.Delegates;
using MiniExcelLibs;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Delegates;

public sealed class DelegateImportTests
{
    [Fact]
    public async Task Import_CsvWithBadRows_ReportsEachByRowAndImportsTheGoodOnes()
    {
        using var bot = Create();
        var csv = ListCsv +
            "Phạm Thị Dung,,Sở Nội vụ,0912000111,,\n" +           // row 5: no position
            "Hoàng Văn Em,Chuyên viên,Sở Nội vụ,0123,,\n" +         // row 6: bad phone
            "Vũ Thị Giang,Chuyên viên,Sở Tư pháp,0912.345.678,,\n";  // row 7: same phone as row 2

        var reply = await ImportAsync(bot, csv);

        Assert.Contains("thêm mới 3, cập nhật 0", reply.Text);
        Assert.Contains("Dòng 5: thiếu chức vụ", reply.Text);
        Assert.Contains("Dòng 6: số điện thoại «0123» không phải số di động hợp lệ", reply.Text);
        Assert.Contains("Dòng 7: trùng số điện thoại với dòng 2", reply.Text);
        Assert.Equal(3, bot.Store.Count<Delegate>());
        Assert.Equal("0983111222", Find(bot, "Trần Thị Bình").Phone);
        Assert.Equal("0377000111", Find(bot, "Lê Văn Cường").Phone);
        Assert.Null(bot.Admin.Session!.Flow);
    }

    [Fact]
    public async Task Import_Again_UpdatesByPhoneAndNeverDuplicates()
    {
        using var bot = Create();
        await ImportAsync(bot);
        var before = Find(bot, "Nguyễn Văn An");

        var reply = await ImportAsync(bot, WithoutMarks("Họ tên;Chức vụ;Cơ quan/đơn vị;Số điện thoại") + "\n" +
            "Nguyễn Văn An;Chủ tịch;UBND tỉnh Hưng Yên;+84912345678\n" +
            "Đỗ Văn Hải;Giám đốc;Sở Tài chính;0868123456\n");

        Assert.Contains("thêm mới 1, cập nhật 1", reply.Text);
        Assert.Equal(4, bot.Store.Count<Delegate>());
        var after = Find(bot, "Nguyễn Văn An");
        Assert.Equal((before.Id, before.Token, before.InviteCode), (after.Id, after.Token, after.InviteCode));
        Assert.Equal(("Chủ tịch", "UBND tỉnh Hưng Yên"), (after.Position, after.Organization));
    }

    [Fact]
    public async Task Import_Xlsx_IsReadLikeCsv()
    {
        using var bot = Create();
        using var stream = new MemoryStream();
        stream.SaveAs(new[]
        {
            new Dictionary<string, object> { ["HỌ VÀ TÊN"] = "Nguyễn Văn An", ["Chức vụ"] = "Phó Chủ tịch", ["Đơn vị"] = "UBND tỉnh", ["SĐT"] = 912345678 },
        });

        await bot.Admin.Says("/start");
        await bot.Admin.Presses(Import);
        var reply = await bot.Admin.SendsFile("ds.xlsx", stream.ToArray());

        Assert.Contains("thêm mới 1", reply.Text);
        Assert.Equal("0912345678", Find(bot, "Nguyễn Văn An").Phone);
    }

    [Fact]
    public async Task Import_MissingColumn_IsRefusedAndTheStepStays()
    {
        using var bot = Create();
        var reply = await ImportAsync(bot, "Họ tên,Chức vụ\nNguyễn Văn An,Phó Chủ tịch\n");

        Assert.Contains("Tệp thiếu cột: Cơ quan/đơn vị, Số điện thoại", reply.Text);
        Assert.Contains("Xin gửi tệp danh sách", reply.Text);
        Assert.Equal("delegate-import", bot.Admin.Session!.Flow);
        Assert.Equal(0, bot.Store.Count<Delegate>());
    }

    [Fact]
    public async Task Import_WrongFileType_IsRefused()
    {
        using var bot = Create();
        var reply = await ImportAsync(bot, "x", "danh-sach.pdf");

        Assert.Contains("đuôi .xlsx hoặc .csv", reply.Text);
        Assert.Equal("delegate-import", bot.Admin.Session!.Flow);
    }

    [Fact]
    public async Task Import_SendsTheOfficeLinksCodesAndOneQrPerDelegate()
    {
        using var bot = Create();
        var reply = await ImportAsync(bot);

        var files = reply.Messages.Where(m => m.Message.File is not null).Select(m => m.Message.File!).ToList();
        var workbook = files.Single(f => f.FileName == "Giấy mời - đường dẫn và mã mời.xlsx");
        var rows = new MemoryStream(workbook.Content).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        foreach (var row in rows)
        {
            var @delegate = Find(bot, (string)row["Họ tên"]!);
            Assert.Equal($"https://t.me/HungYenBot?start={@delegate.Token}", row["Đường dẫn cá nhân"]);
            Assert.Equal(@delegate.InviteCode, row["Mã Giấy mời"]);
        }

        var zip = new ZipArchive(new MemoryStream(files.Single(f => f.FileName == "Giấy mời - mã QR.zip").Content));
        Assert.Equal(rows.Select(r => (string)r["Tệp mã QR"]!).Order(), zip.Entries.Select(e => e.Name).Order());
        using var png = new MemoryStream();
        zip.Entries[0].Open().CopyTo(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.ToArray()[..4]);
    }

    [Fact]
    public async Task Import_Tokens_Carry128BitsWithin64Characters()
    {
        using var bot = Create();
        await ImportAsync(bot);

        var all = bot.Store.Query<Delegate>();
        Assert.All(all, d =>
        {
            Assert.InRange(d.Token.Length, 22, 64);
            Assert.Matches("^[A-Za-z0-9_-]+$", d.Token);
            var bits = Convert.FromBase64String(d.Token[DelegateCodes.TokenPrefix.Length..].Replace('-', '+').Replace('_', '/') + "==");
            Assert.Equal(16, bits.Length);
            Assert.Matches("^[2-9A-HJKMNP-Z]{8}$", d.InviteCode);
        });
        Assert.Equal(3, all.Select(d => d.Token).Distinct().Count());
    }

    [Fact]
    public async Task Import_ByNonAdmin_IsNotOffered()
    {
        using var bot = Create();
        var reply = await bot.User("u").Says("/start");

        Assert.DoesNotContain(Import, reply.Choices);
        Assert.Contains(Invitation, reply.Choices);
        Assert.Empty(bot.Store.Query<Delegate>());
    }

    [Fact]
    public async Task Import_UnknownGroup_IsImportedAndNoted()
    {
        using var bot = Create();

        var reply = await ImportAsync(bot, "Họ tên,Chức vụ,Cơ quan/đơn vị,Số điện thoại,Nhóm\nNguyễn Văn An,Phó Chủ tịch,UBND tỉnh,0912345678,Nhóm lạ\n");

        Assert.Contains("thêm mới 1", reply.Text);
        Assert.Contains("Dòng 2: đã nhập, nhưng nhóm «Nhóm lạ» không thuộc thành phần tham dự", reply.Text);
        Assert.Equal("Nhóm lạ", Find(bot, "Nguyễn Văn An").Group);
    }

    /// <summary>The text as a sheet typed without diacritics has it (the import matches such headers too).</summary>
    private static string WithoutMarks(string text) =>
        string.Concat(text.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark))
            .Replace('đ', 'd').Replace('Đ', 'D');
}
