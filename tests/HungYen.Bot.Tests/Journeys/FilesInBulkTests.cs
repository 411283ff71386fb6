using System.IO.Compression;
using System.Text;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Journeys;

/// <summary>Issue 19, point 21: the office downloads every báo cáo thành tích at once, as the Danh sách numbers them.</summary>
public sealed class FilesInBulkTests
{
    [Fact]
    public async Task ReportFiles_ComeAsOneZip_NumberedAndNamedAsTheList_InGroupFolders()
    {
        using var bot = NominationHarness.Create();
        var ha = await bot.StaffAsync("ha", "QLKH", "Lê Thu Hà");
        var khanh = await bot.StaffAsync("khanh", "TTTT", "Vũ Văn Khánh");
        var binh = "%PDF-1.7 báo cáo của Bình"u8.ToArray();
        var an = "%PDF-1.7 báo cáo của An"u8.ToArray();
        await SubmitAsync(ha, "Trần Thị Bình", "Giấy khen của Giám đốc Sở", ("bc binh.pdf", binh));
        await SubmitAsync(khanh, "Nguyễn Văn An", "Giấy khen của Giám đốc Sở", ("Báo cáo An.pdf", an));
        await SubmitAsync(ha, "Phạm Thị Dung", "Bằng khen của Chủ tịch UBND tỉnh", null);

        var reply = await bot.Admin.Says("/xuat_baocao");

        var file = Assert.Single(reply.Messages, m => m.Message.File is not null).Message.File!;
        Assert.Matches(@"^Báo cáo thành tích \d{2}-\d{2}-\d{4} \d{2}h\d{2}\.zip$", file.FileName);
        Assert.True(file.FileName.IsNormalized(NormalizationForm.FormC));
        using var zip = new ZipArchive(new MemoryStream(file.Content));
        Assert.Equal(
            ["2. Giấy khen của Giám đốc Sở – Cá nhân/01. Nguyễn Văn An.pdf", "2. Giấy khen của Giám đốc Sở – Cá nhân/02. Trần Thị Bình.pdf"],
            zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.True(e.FullName.IsNormalized(NormalizationForm.FormC)));
        Assert.Equal(an, Read(zip.Entries[0]));
        Assert.Equal(binh, Read(zip.Entries[1]));
        Assert.Contains("📦 2 tệp Báo cáo thành tích", reply.Text);
        Assert.Contains("Bằng khen của Chủ tịch UBND tỉnh – Cá nhân, STT 01: Phạm Thị Dung (BK-CN-001) — chưa có tệp Báo cáo thành tích", reply.Text);
    }

    [Fact]
    public async Task ReportFiles_OverThePartLimit_AreSplitIntoPartsThatEachFit()
    {
        using var bot = NominationHarness.Create(new Dictionary<string, string?> { ["Nominations:ArchivePartMegabytes"] = "1" });
        var ha = await bot.StaffAsync("ha");
        var names = new[] { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường" };
        var contents = new Dictionary<string, byte[]>();
        foreach (var name in names)
        {
            var content = new byte[600 * 1024];
            Random.Shared.NextBytes(content);
            "%PDF"u8.CopyTo(content);
            contents[name] = content;
            await SubmitAsync(ha, name, "Giấy khen của Giám đốc Sở", ("bc.pdf", content));
        }

        var reply = await bot.Admin.Says("/xuat_baocao");

        var files = reply.Messages.Select(m => m.Message.File).OfType<Core.Channels.OutgoingFile>().ToList();
        Assert.Equal(3, files.Count);
        Assert.Contains("chia thành 3 tệp nén, mỗi tệp không quá 1 MB", reply.Text);
        Assert.All(files, f => Assert.True(f.Content.Length <= 1024 * 1024, $"{f.FileName}: {f.Content.Length} bytes"));
        Assert.EndsWith("- phần 1 trên 3.zip", files[0].FileName);
        var entries = files.SelectMany(f => new ZipArchive(new MemoryStream(f.Content)).Entries).ToList();
        Assert.Equal(
            ["1. Giấy khen của Giám đốc Sở – Cá nhân/01. Nguyễn Văn An.pdf", "1. Giấy khen của Giám đốc Sở – Cá nhân/02. Trần Thị Bình.pdf", "1. Giấy khen của Giám đốc Sở – Cá nhân/03. Lê Văn Cường.pdf"],
            entries.Select(e => e.FullName));
        Assert.Equal(contents["Trần Thị Bình"], Read(entries[1]));
    }

    [Fact]
    public async Task ReportFiles_AreTheOfficesOnly()
    {
        using var bot = NominationHarness.Create();
        var ha = await bot.StaffAsync("ha");

        var reply = await ha.Says("/xuat_baocao");

        Assert.Contains("không có quyền", reply.Text);
        Assert.DoesNotContain(reply.Messages, m => m.Message.File is not null);
    }

    private static async Task SubmitAsync(ChatUser staff, string name, string award, (string Name, byte[] Content)? file)
    {
        await staff.IndividualToReviewAsync(name: name, award: award);
        if (file is { } attached)
        {
            await staff.Presses("✏️ Sửa một mục");
            await staff.Presses("Báo cáo thành tích");
            await staff.SendsFile(attached.Name, attached.Content);
        }

        await staff.Presses("✅ Gửi hồ sơ");
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
