using HungYen.Bot.Tests.Support;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Delegates;

public sealed class OfficeViewsTests
{
    [Fact]
    public async Task Summary_CountsByAnswerAndNamesThePending()
    {
        using var bot = Create();
        await bot.GivenAnAttendingDelegateAsync();

        var reply = await bot.Admin.Says("/daibieu");

        Assert.Contains("Tổng hợp Giấy mời: 3 đại biểu", reply.Text);
        Assert.Contains("• Tham dự: 1", reply.Text);
        Assert.Contains("• Chưa trả lời: 2", reply.Text);
        Assert.Contains("Chưa trả lời (2):\n• Trần Thị Bình — Chánh Văn phòng, Văn phòng UBND tỉnh\n• Lê Văn Cường", reply.Text);
    }

    [Fact]
    public async Task Export_HoldsStatusSubstituteWaitingPlaceAndArrival_AndIsFormulaSafe()
    {
        using var bot = Create(new() { ["Conference:Capacity"] = "2" });
        await ImportAsync(bot, ListCsv + "=HYPERLINK(\"x\"),Chuyên viên,Sở Tư pháp,0868000111,,\n");
        var an = bot.User("an");
        await OpensLinkAsync(an, Find(bot, "Nguyễn Văn An"));
        await an.SendsASubstituteAsync();
        await AttendsAsync(bot, bot.User("binh"), "Trần Thị Bình");
        await AttendsAsync(bot, bot.User("cuong"), "Lê Văn Cường");
        await bot.Admin.Says("/diemdanh_canbo test:staff");
        await bot.User("staff").Says(Find(bot, "Trần Thị Bình").CheckInCode);

        var reply = await bot.Admin.Says("/daibieu_xuat");

        var file = reply.Messages.Single(m => m.Message.File is not null).Message.File!;
        Assert.Matches(@"^Danh sách đại biểu \d{2}-\d{2}-\d{4} \d{2}h\d{2}\.xlsx$", file.FileName);
        using var book = new PrintedWorkbook(file.Content);
        Assert.Equal("DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ", book.FirstColumn("Đại biểu")[0]);
        Assert.Equal("Tổng cộng: 05 đại biểu; tham dự: 02; đã điểm danh: 01", book.FirstColumn("Đại biểu")[^1]);
        var setup = book.Sheet("Đại biểu").GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.PageSetup>()!;
        Assert.Equal((9u, DocumentFormat.OpenXml.Spreadsheet.OrientationValues.Landscape, 1u), (setup.PaperSize!.Value, setup.Orientation!.Value, setup.FitToWidth!.Value));
        Assert.Equal("'Đại biểu'!$4:$4", book.DefinedName("Đại biểu", "_xlnm.Print_Titles"));
        var rows = book.Rows("Đại biểu").Where(r => r["Số điện thoại"] is not null).ToDictionary(r => (string)r["Họ tên"]!);
        Assert.Equal(5, rows.Count);
        Assert.Equal(("Cử người đi thay", "Cử đ/c Phạm Văn Đức đi thay"), (rows["Nguyễn Văn An"]["Trả lời"], rows["Nguyễn Văn An"]["Người đi thay"]));
        Assert.Equal(("Tham dự", "Đi thay đ/c Nguyễn Văn An"), (rows["Phạm Văn Đức"]["Trả lời"], rows["Phạm Văn Đức"]["Người đi thay"]));
        var arrived = book.Cell("Đại biểu", "K" + (5 + book.Rows("Đại biểu").FindIndex(r => (string?)r["Họ tên"] == "Trần Thị Bình")));
        Assert.Equal("dd/mm/yyyy hh:mm", book.FormatOf(arrived));
        Assert.Equal(new DateTime(2026, 11, 24, 9, 0, 0), DateTime.FromOADate(double.Parse(arrived.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("Trong danh sách chờ", rows["Lê Văn Cường"]["Trả lời"]);
        Assert.Equal(1, Convert.ToInt32(rows["Lê Văn Cường"]["Thứ tự chờ"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(rows.ContainsKey("=HYPERLINK(\"x\")"));
    }

    [Fact]
    public async Task InvitationPack_OnRequest_SendsWorkbookAndQrArchive()
    {
        using var bot = Create();
        await ImportAsync(bot);

        var reply = await bot.Admin.Says("/daibieu_giaymoi");

        Assert.Equal(["Giấy mời - đường dẫn và mã mời.xlsx", "Giấy mời - mã QR.zip"], reply.Messages.Where(m => m.Message.File is not null).Select(m => m.Message.File!.FileName));
    }

    [Fact]
    public async Task OfficeCommands_ForOrdinaryPeople_AreUnknown()
    {
        using var bot = Create();
        await ImportAsync(bot);

        var reply = await bot.User("u").Says("/daibieu_xuat");

        Assert.Contains("không có quyền", reply.Text);
        Assert.DoesNotContain(reply.Messages, m => m.Message.File is not null);
    }
}
