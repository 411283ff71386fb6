using MiniExcelLibs;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Delegates;

public sealed class OfficeViewsTests
{
    [Fact]
    public async Task Summary_CountsByAnswerAndNamesThePending()
    {
        using var bot = Create();
        await ImportAsync(bot);
        await AttendsAsync(bot, bot.User("an"), "Nguyễn Văn An");

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
        await an.Presses("👤 Cử người đi thay");
        await an.Says("Phạm Văn Đức");
        await an.Says("Phó Chánh Văn phòng");
        await an.Says("0868123456");
        await an.Presses("✅ Xác nhận");
        await AttendsAsync(bot, bot.User("binh"), "Trần Thị Bình");
        await AttendsAsync(bot, bot.User("cuong"), "Lê Văn Cường");
        await bot.Admin.Says("/diemdanh_canbo test:staff");
        await bot.User("staff").Says(Find(bot, "Trần Thị Bình").CheckInCode);

        var reply = await bot.Admin.Says("/daibieu_xuat");

        var file = reply.Messages.Single(m => m.Message.File is not null).Message.File!;
        Assert.Equal("dai-bieu.xlsx", file.FileName);
        var rows = new MemoryStream(file.Content).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .ToDictionary(r => (string)r["Họ tên"]!);
        Assert.Equal(5, rows.Count);
        Assert.Equal(("Cử người đi thay", "Cử đ/c Phạm Văn Đức đi thay"), (rows["Nguyễn Văn An"]["Trả lời"], rows["Nguyễn Văn An"]["Người đi thay"]));
        Assert.Equal(("Tham dự", "Đi thay đ/c Nguyễn Văn An"), (rows["Phạm Văn Đức"]["Trả lời"], rows["Phạm Văn Đức"]["Người đi thay"]));
        Assert.Equal("09:00 ngày 24/11/2026", rows["Trần Thị Bình"]["Giờ điểm danh"]);
        Assert.Equal("Trong danh sách chờ", rows["Lê Văn Cường"]["Trả lời"]);
        Assert.Equal(1, Convert.ToInt32(rows["Lê Văn Cường"]["Thứ tự chờ"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(rows.ContainsKey("'=HYPERLINK(\"x\")"));
    }

    [Fact]
    public async Task InvitationPack_OnRequest_SendsWorkbookAndQrArchive()
    {
        using var bot = Create();
        await ImportAsync(bot);

        var reply = await bot.Admin.Says("/daibieu_giaymoi");

        Assert.Equal(["giay-moi-duong-dan.xlsx", "giay-moi-ma-qr.zip"], reply.Messages.Where(m => m.Message.File is not null).Select(m => m.Message.File!.FileName));
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
