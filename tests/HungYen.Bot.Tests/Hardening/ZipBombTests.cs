using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using HungYen.Bot.Core.Spreadsheets;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using Xunit.Abstractions;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// An uploaded table is looked over before it is read: a zip bomb (1 GB of sheet XML in about a megabyte) and a sheet
/// with too many rows are refused at once, with a Vietnamese reason, in bounded time and memory.
/// </summary>
public sealed class ZipBombTests(ITestOutputHelper output) : RealHostTest("hy-zipbomb")
{
    private const long OneGigabyte = 1L << 30;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Import_ZipBombOfOneGigabyteOfSheetXml_RefusedInUnderASecondWithBoundedMemory(bool sizesLie)
    {
        var office = new TelegramChat(Fake, RunningBot.AdminChat, "Văn phòng");
        await office.ConsentsAsync();
        await office.Presses("📋 Nhập danh sách đại biểu", "Xin gửi tệp danh sách đại biểu");
        var bomb = Workbook(OneGigabyte, rows: null);
        if (sizesLie)
        {
            DeclareSmallSizes(bomb);
        }

        Assert.True(bomb.Length < 5 * 1024 * 1024, $"the bomb is {bomb.Length} bytes");
        var before = office.Inbox.Count;
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        Fake.UserSendsDocument(RunningBot.AdminChat, "danh-sach.xlsx", bomb, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Văn phòng");
        var answer = await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && office.Inbox.IndexOf(m) >= before, RunningBot.Wait);
        var elapsed = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        output.WriteLine($"zip of {bomb.Length:N0} bytes holding {OneGigabyte:N0} bytes of sheet XML (sizes {(sizesLie ? "forged" : "true")}): refused in {elapsed.TotalMilliseconds:N0} ms, {allocated / (1024.0 * 1024):N1} MB allocated by the whole process meanwhile, peak working set {peak / (1024.0 * 1024):N0} MB");

        // True sizes are refused from the zip's directory; forged ones when inflating passes the limit or the data fails its check.
        Assert.True(answer.Text.Contains("khi giải nén vượt quá", StringComparison.Ordinal) || (sizesLie && answer.Text.Contains("Không đọc được tệp", StringComparison.Ordinal)), answer.Text);
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"refused in {elapsed.TotalMilliseconds} ms");
        Assert.True(allocated < 2 * UploadedWorkbookGuard.MaxInflatedBytes, $"{allocated} bytes allocated");
        Assert.Empty(Bot.Store.Query<Delegate>());
    }

    [Fact]
    public async Task Import_SheetWithMoreRowsThanTheLimit_RefusedBeforeItIsRead()
    {
        var office = new TelegramChat(Fake, RunningBot.AdminChat, "Văn phòng");
        await office.ConsentsAsync();
        await office.Presses("📋 Nhập danh sách đại biểu", "Xin gửi tệp danh sách đại biểu");
        var sheet = Workbook(bytes: null, rows: UploadedWorkbookGuard.MaxRows + 1);

        Fake.UserSendsDocument(RunningBot.AdminChat, "danh-sach.xlsx", sheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Văn phòng");
        await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.Text.Contains("quá nhiều dòng (tối đa 10.000 dòng)"), RunningBot.Wait);
        Assert.Empty(Bot.Store.Query<Delegate>());
    }

    /// <summary>A minimal .xlsx whose sheet is either <paramref name="bytes"/> of rows or exactly <paramref name="rows"/> rows.</summary>
    private static byte[] Workbook(long? bytes, int? rows)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Part(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var sheet = entry.Open();
            Write(sheet, """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            var row = Encoding.UTF8.GetBytes("""<row><c t="inlineStr"><is><t>Nguyễn Văn An</t></is></c></row>""");
            var block = Enumerable.Range(0, 4096).SelectMany(_ => row).ToArray();
            if (rows is { } count)
            {
                for (var i = 0; i < count; i++)
                {
                    sheet.Write(row);
                }
            }
            else
            {
                for (long written = 0; written < bytes; written += block.Length)
                {
                    sheet.Write(block);
                }
            }

            Write(sheet, "</sheetData></worksheet>");
        }

        return buffer.ToArray();
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name).Open();
        Write(stream, xml);
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>Forges the zip's headers so that every part claims to inflate to 1,000 bytes.</summary>
    private static void DeclareSmallSizes(byte[] zip)
    {
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x01 && zip[i + 3] == 0x02)
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), 1000u); // central directory: uncompressed size
            }
            else if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x03 && zip[i + 3] == 0x04)
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), 1000u); // local header: uncompressed size
            }
        }
    }
}
