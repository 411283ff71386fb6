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
public sealed class ErasureLeavesNothingTests : IAsyncLifetime
{
    private const long Staffer = 7301;
    private const string Name = "Lê Thu Hà";
    private const string Phone = "0987654321";
    private readonly FakeTelegramServer _fake = new();
    private readonly TempDatabase _db = new("hy-erasure");
    private RunningBot? _bot;

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        _bot = await RunningBot.StartAsync(_fake, _db.Path, new Dictionary<string, string?> { ["Conference:NominationDeadline"] = "2099-12-01T17:00" });
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await _fake.DisposeAsync();
        _db.Dispose();
    }

    [Fact]
    public async Task Erase_StafferWithADossierJsonCopyAndExports_DatabaseBytesHoldNeitherNameNorPhone()
    {
        var staff = await _bot!.GivenAnEnrolledStafferAsync(_fake, Staffer, Name);
        await staff.GivenAnIndividualBằngKhenUpToTheReportAsync();
        await staff.Presses("⏭ Bỏ qua", "Nội dung khen thưởng");
        await staff.GivenTheRestOfTheDossierAsync("0987 654 321");
        await staff.Presses("✅ Gửi hồ sơ", "Đã gửi hồ sơ BK-CN-001");

        // The office exports the list (the CSV carries the contact phone); the staffer takes their JSON copy.
        var office = new TelegramChat(_fake, RunningBot.AdminChat, "Văn phòng");
        await office.ConsentsAsync();
        _fake.UserSays(RunningBot.AdminChat, "/xuat", "Văn phòng");
        await _fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.FileName is { } f && f.EndsWith(".csv", StringComparison.Ordinal), RunningBot.Wait);
        await staff.Says("/dulieu", "Quyền của đồng chí đối với dữ liệu cá nhân");
        await staff.Presses("📄 Xem dữ liệu của tôi", "Bản sao đầy đủ dạng JSON");
        var files = _bot!.Store.Query<OutboxMessage>().Where(m => m.FileId != null).Select(m => m.FileId!).ToList();
        Assert.True(files.Count >= 3, string.Join(", ", files)); // the workbook, the CSV, the JSON copy
        Assert.Contains(files, f => Encoding.UTF8.GetString(_bot.Store.ReadFile(f)!.Content).Contains(Phone, StringComparison.Ordinal));

        await staff.Says("/dulieu", "Quyền của đồng chí đối với dữ liệu cá nhân");
        await staff.Presses("🗑 Xóa dữ liệu của tôi", "chắc chắn muốn xóa");
        await staff.Presses("🗑 Đồng ý xóa", "Đã xóa dữ liệu cá nhân của đồng chí");
        await RunningBot.UntilAsync(() => _bot.Store.Count<OutboxMessage>(m => m.Status == OutboxStatus.Pending) == 0);

        Assert.All(files, f => Assert.Null(_bot.Store.ReadFile(f)));
        Assert.Null(_bot.Store.Find<Nomination>("BK-CN-001")!.ContactPhone);
        Assert.Equal("Nguyễn Thị Hồng", _bot.Store.Find<Nomination>("BK-CN-001")!.Name); // the unit's record stays

        await _bot.DisposeAsync();
        _bot = null;
        var folder = Path.GetDirectoryName(_db.Path)!;
        var stem = Path.GetFileNameWithoutExtension(_db.Path);
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
