using System.Text;
using HungYen.Bot.Core.Delegates.Import;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Delegates;

public sealed class ForgivingImportTests
{
    /// <summary>As a Vietnamese Windows saves "CSV": title rows, the office's own headers, ";" between cells.</summary>
    private const string OfficeList =
        "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ;;;;;\r\n" +
        "(Kèm theo Kế hoạch số 29/KH-SKHCN);;;;;\r\n" +
        "STT;Họ và tên đại biểu;Chức danh;Đơn vị công tác;Điện thoại di động;Ghi chú\r\n" +
        "1;Nguyễn Văn An;Phó Chủ tịch;UBND tỉnh;0912\u00A0345\u00A0678;\r\n" +
        "2;Trần Thị Bình;Chánh Văn phòng;Văn phòng UBND tỉnh;0221 3862 111;\r\n" +
        "3;Lê Văn Cường;Trưởng ban;Sở Nội vụ;;Mời qua điện thoại cơ quan\r\n";

    static ForgivingImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1258 as Excel writes it: base letters precomposed where the code page has them, tone marks combining.</summary>
    private static byte[] Windows1258(string text)
    {
        var encoding = Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var bytes = new List<byte>();
        foreach (var c in text)
        {
            try
            {
                bytes.AddRange(encoding.GetBytes(c.ToString()));
            }
            catch (EncoderFallbackException)
            {
                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                var tone = decomposed.Single(m => m is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323');
                bytes.AddRange(encoding.GetBytes(decomposed.Replace(tone.ToString(), "", StringComparison.Ordinal).Normalize(NormalizationForm.FormC)));
                bytes.AddRange(encoding.GetBytes(tone.ToString()));
            }
        }

        return [.. bytes];
    }

    private static async Task<Support.Reply> SendsListAsync(Support.ChatHarness bot, byte[] content)
    {
        await bot.Admin.Says("/start");
        await bot.Admin.Presses(Import);
        return await bot.Admin.SendsFile("danh-sach.csv", content);
    }

    private static IReadOnlyList<Delegate> ByOrder(Support.ChatHarness bot) => [.. bot.Store.Query<Delegate>().OrderBy(d => d.ListOrder)];

    [Fact]
    public async Task Windows1258_WithTitleRowsAndHeaderVariants_IsReadCorrectly_InNfc_KeepingSttAndOrder()
    {
        using var bot = Create();
        var bytes = Windows1258(OfficeList);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes)); // truly not UTF-8

        var reply = await SendsListAsync(bot, bytes);

        Assert.Contains("thêm mới 3, cập nhật 0 đại biểu", reply.Text);
        var people = ByOrder(bot);
        Assert.Equal(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"], people.Select(d => d.FullName));
        Assert.All(people, d => Assert.True(d.FullName.IsNormalized(NormalizationForm.FormC) && d.Organization.IsNormalized(NormalizationForm.FormC), d.FullName));
        Assert.Equal(["1", "2", "3"], people.Select(d => d.ListNumber));
        Assert.Equal(("Phó Chủ tịch", "UBND tỉnh", "0912345678"), (people[0].Position, people[0].Organization, people[0].Phone));
        Assert.Equal(("", "0221 3862 111"), (people[1].Phone, people[1].Landline));
        Assert.Equal(("", null, "Mời qua điện thoại cơ quan"), (people[2].Phone, people[2].Landline, people[2].Note));
        Assert.Contains("• Dòng 5: đã nhập với số máy bàn 0221 3862 111; đại biểu nhận Giấy mời bằng mã mời", reply.Text);
        Assert.Contains("• Dòng 6: đã nhập, không có số điện thoại", reply.Text);
    }

    [Fact]
    public async Task Utf16UnicodeText_IsRead_AndReImport_UpdatesRowsWithoutPhoneInsteadOfDuplicating()
    {
        using var bot = Create();
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(OfficeList.Replace(';', '\t'))).ToArray();

        var first = await SendsListAsync(bot, utf16);
        var again = await SendsListAsync(bot, Encoding.UTF8.GetBytes(OfficeList));

        Assert.Contains("thêm mới 3, cập nhật 0 đại biểu", first.Text);
        Assert.Contains("thêm mới 0, cập nhật 3 đại biểu", again.Text);
        Assert.Equal(3, bot.Store.Query<Delegate>().Count());
        Assert.Equal(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"], ByOrder(bot).Select(d => d.FullName));
    }

    [Fact]
    public async Task Export_KeepsTheOfficesOrderAndStt()
    {
        using var bot = Create();
        await SendsListAsync(bot, Encoding.UTF8.GetBytes(OfficeList.Replace("1;Nguyễn", "1a;Nguyễn", StringComparison.Ordinal)));

        var reply = await bot.Admin.Says("/daibieu_xuat");

        var file = reply.Messages.Single(m => m.Message.File is not null).Message.File!;
        using var book = new HungYen.Bot.Tests.Support.PrintedWorkbook(file.Content);
        var rows = book.Rows("Đại biểu").Where(r => r["Họ tên"] is not null).ToList();
        Assert.Equal(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"], rows.Select(r => (string)r["Họ tên"]!));
        Assert.Equal(["1a", "2", "3"], rows.Select(r => Convert.ToString(r["STT"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("Họ và tên đại biểu", ListColumn.FullName)]
    [InlineData("Chức danh", ListColumn.Position)]
    [InlineData("Đơn vị công tác", ListColumn.Organization)]
    [InlineData("Số ĐT", ListColumn.Phone)]
    [InlineData("Điện thoại di động", ListColumn.Phone)]
    [InlineData("STT", ListColumn.Number)]
    public void HeaderVariants_AreRecognised(string header, ListColumn expected) => Assert.Equal(expected, DelegateListReader.Column(header));
}
