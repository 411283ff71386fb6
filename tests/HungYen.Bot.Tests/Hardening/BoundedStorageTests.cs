using System.Text;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// Storage stays bounded: a draft's replaced or abandoned uploads are deleted, each person and each unit has a cap on the
/// files they keep, and a stored file is sent from where it is, not stored again.
/// </summary>
public sealed class BoundedStorageTests() : RealHostTest("hy-bounded")
{
    private const long Staffer = 7101;
    private const long Colleague = 7102;

    protected override IDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Conference:NominationDeadline"] = "2099-12-01T17:00",
        ["Nominations:MaxStoredMegabytesPerPerson"] = "1",
        ["Nominations:MaxStoredMegabytesPerUnit"] = "2",
    };

    [Fact]
    public async Task Draft_FileReplacedThenDraftCancelled_BothUploadsDeletedFromTheStore()
    {
        var staff = await EnrolAsync(Staffer, "Lê Thu Hà");
        await UpToTheFileAsync(staff);
        await UploadAsync(staff, "Ban dau.pdf", Pdf(1000), "Nội dung khen thưởng");
        var first = Assert.Single(Uploads(Staffer));
        Assert.NotNull(Bot.Store.ReadFile(first));

        await staff.Presses("⬅️ Quay lại", "Hồ sơ đang kèm tệp Báo cáo thành tích «Ban dau.pdf»");
        await UploadAsync(staff, "Ban sua.pdf", Pdf(2000), "Nội dung khen thưởng");
        var second = Assert.Single(Uploads(Staffer));
        Assert.NotEqual(first, second);
        Assert.Null(Bot.Store.ReadFile(first)); // the replaced upload is gone from storage

        await staff.Presses("✖️ Hủy", "Đã hủy thao tác đang làm");
        Assert.Null(Bot.Store.ReadFile(second)); // and the cancelled draft's one too
    }

    [Fact]
    public async Task Upload_OverThePersonsCap_RefusedInVietnameseAndTheDraftKept()
    {
        var staff = await EnrolAsync(Staffer, "Lê Thu Hà");
        Submitted("BK-CN-001", Staffer, Pdf(700 * 1024));

        await UpToTheFileAsync(staff);
        var before = staff.Inbox.Count;
        await UploadAsync(staff, "Thu hai.pdf", Pdf(700 * 1024), "Nếu có, xin gửi tệp Báo cáo thành tích"); // asked again, after the refusal
        var refusal = Assert.Single(staff.Inbox.Skip(before), m => m.Text.Contains("vượt quá 1 MB cho mỗi người", StringComparison.Ordinal));
        Assert.Contains("Các thông tin đã nhập vẫn được giữ nguyên", refusal.Text);
        Assert.Empty(Uploads(Staffer));
        await staff.Presses("⏭ Bỏ qua", "Nội dung khen thưởng"); // the conversation stays at the step and goes on
    }

    [Fact]
    public async Task Upload_OverTheUnitsCap_RefusedForAColleagueOfTheSameUnit()
    {
        Submitted("BK-CN-001", Staffer, Pdf(900 * 1024));
        Submitted("BK-CN-002", Colleague, Pdf(900 * 1024));

        var third = await EnrolAsync(Colleague + 1, "Phạm Thị Cúc");
        await UpToTheFileAsync(third);
        await UploadAsync(third, "Ba.pdf", Pdf(300 * 1024), "vượt quá 2 MB cho mỗi đơn vị"); // within the person's cap, over the unit's
    }

    [Fact]
    public async Task Review_SendsTheNominationsFileFromTheStore_WithoutStoringACopy()
    {
        var staff = await EnrolAsync(Staffer, "Lê Thu Hà");
        await SubmitAsync(staff, Pdf(5000), "BK-CN-001");
        var nomination = Bot.Store.Find<Nomination>("BK-CN-001")!;

        var office = new TelegramChat(Fake, RunningBot.AdminChat, "Văn phòng");
        await office.ConsentsAsync();
        await office.Says("/duyet", "Các hồ sơ chờ xem xét");
        var pick = office.Inbox.Last().InlineButtons.First(b => b.Text.StartsWith("BK-CN-001", StringComparison.Ordinal)).Text;
        await office.Presses(pick, "BK-CN-001");
        await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.FileName == "Bao cao thanh tich.pdf", RunningBot.Wait);

        var admin = RunningBot.AdminChat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sent = Assert.Single(Bot.Store.Query<OutboxMessage>(m => m.ChatId == admin), m => m.FileId != null);
        Assert.Equal(nomination.FileId, sent.FileId);
    }

    /// <summary>A dossier of the unit QLKH already submitted by <paramref name="by"/>, with its báo cáo thành tích stored.</summary>
    private void Submitted(string reference, long by, byte[] file)
    {
        var changes = new ChangeSet();
        changes.SaveFile(new StoredFile($"nomination/{reference}", "Bao cao.pdf", file));
        changes.Upsert(new Nomination
        {
            Id = reference,
            UnitCode = "QLKH",
            SubmittedBy = $"telegram:{by}",
            Name = "Trần Thị Lan",
            FileId = $"nomination/{reference}",
            FileName = "Bao cao.pdf",
        });
        Bot.Store.Commit(changes);
    }

    private static byte[] Pdf(int size)
    {
        var content = new byte[size];
        Encoding.ASCII.GetBytes("%PDF-1.7 ").CopyTo(content, 0);
        Random.Shared.NextBytes(content.AsSpan(9));
        return content;
    }

    private List<string> Uploads(long chat) =>
        [.. (Bot.Store.Find<ConversationSession>($"telegram:{chat}")?.Get(Turn.UploadsField) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private Task<TelegramChat> EnrolAsync(long id, string name) => Bot.GivenAnEnrolledStafferAsync(Fake, id, name);

    private static Task UpToTheFileAsync(TelegramChat staff) => staff.GivenAnIndividualBằngKhenUpToTheReportAsync();

    private async Task SubmitAsync(TelegramChat staff, byte[] file, string reference)
    {
        await UpToTheFileAsync(staff);
        await UploadAsync(staff, "Bao cao thanh tich.pdf", file, "Nội dung khen thưởng");
        await staff.GivenTheRestOfTheDossierAsync();
        await staff.Presses("✅ Gửi hồ sơ", $"Đã gửi hồ sơ {reference}");
    }

    private Task<WireMessage> UploadAsync(TelegramChat staff, string name, byte[] content, string expect)
    {
        var before = staff.Inbox.Count;
        Fake.UserSendsDocument(staff.Id, name, content, "application/pdf", "Cán bộ");
        return Fake.WaitForMessageAsync(m => m.ChatId == staff.Id && staff.Inbox.IndexOf(m) >= before && m.Text.Contains(expect, StringComparison.Ordinal), RunningBot.Wait);
    }
}
