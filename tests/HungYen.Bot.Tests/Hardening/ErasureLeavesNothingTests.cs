using System.Text;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// Erasure means erased: after a staffer erases their data, the database file on disk (and its log) holds neither their
/// name nor their phone anywhere: not in the office's notices, the dossier's contact, their JSON copy, nor the exports.
/// </summary>
public sealed class ErasureLeavesNothingTests() : RealHostTest("hy-erasure")
{
    private const long Staffer = 7301;
    private const string Name = "Lê Thu Hà";
    private const string Phone = "0987654321";

    protected override IDictionary<string, string?> HostSettings => new Dictionary<string, string?> { ["Conference:NominationDeadline"] = "2099-12-01T17:00" };

    [Fact]
    public async Task Erase_StafferWithADossierJsonCopyAndExports_DatabaseBytesHoldNeitherNameNorPhone()
    {
        var staff = await Bot.GivenAnEnrolledStafferAsync(Fake, Staffer, Name);
        await staff.GivenAnIndividualBằngKhenUpToTheReportAsync();
        await staff.Presses("⏭ Bỏ qua", "Nội dung khen thưởng");
        await staff.GivenTheRestOfTheDossierAsync("0987 654 321");
        await staff.Presses("✅ Gửi hồ sơ", "Đã gửi hồ sơ BK-CN-001");

        // The office exports the list (the CSV carries the contact phone); the staffer takes their JSON copy.
        var office = new TelegramChat(Fake, RunningBot.AdminChat, "Văn phòng");
        await office.ConsentsAsync();
        Fake.UserSays(RunningBot.AdminChat, "/xuat", "Văn phòng");
        await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.FileName is { } f && f.EndsWith(".csv", StringComparison.Ordinal), RunningBot.Wait);
        await staff.Says("/dulieu", "Quyền của đồng chí đối với dữ liệu cá nhân");
        await staff.Presses("📄 Xem dữ liệu của tôi", "Bản sao đầy đủ dạng JSON");
        var files = Bot.Store.Query<OutboxMessage>().Where(m => m.FileId != null).Select(m => m.FileId!).ToList();
        Assert.True(files.Count >= 3, string.Join(", ", files)); // the workbook, the CSV, the JSON copy
        Assert.Contains(files, f => Encoding.UTF8.GetString(Bot.Store.ReadFile(f)!.Content).Contains(Phone, StringComparison.Ordinal));

        await staff.Says("/dulieu", "Quyền của đồng chí đối với dữ liệu cá nhân");
        await staff.Presses("🗑 Xóa dữ liệu của tôi", "chắc chắn muốn xóa");
        await staff.Presses("🗑 Đồng ý xóa", "Đã xóa dữ liệu cá nhân của đồng chí");
        await RunningBot.UntilAsync(() => Bot.Store.Count<OutboxMessage>(m => m.Status == OutboxStatus.Pending) == 0);

        Assert.All(files, f => Assert.Null(Bot.Store.ReadFile(f)));
        Assert.Null(Bot.Store.Find<Nomination>("BK-CN-001")!.ContactPhone);
        Assert.Equal("Nguyễn Thị Hồng", Bot.Store.Find<Nomination>("BK-CN-001")!.Name); // the unit's record stays

        await StopHostAsync();
        var folder = Path.GetDirectoryName(Database.Path)!;
        var stem = Path.GetFileNameWithoutExtension(Database.Path);
        foreach (var file in Directory.GetFiles(folder, stem + "*"))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Name)) < 0, $"{Path.GetFileName(file)} still holds the name");
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Name.Normalize(NormalizationForm.FormD))) < 0, $"{Path.GetFileName(file)} still holds the name (NFD)");
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Phone)) < 0, $"{Path.GetFileName(file)} still holds the phone");
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("0987 654 321")) < 0, $"{Path.GetFileName(file)} still holds the phone as typed");
        }
    }
}
