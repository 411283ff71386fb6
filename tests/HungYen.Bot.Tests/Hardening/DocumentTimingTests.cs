using System.Diagnostics;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using Xunit.Abstractions;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// Issue 14, point 6: how long /vanban takes for a large case (200 awardees, 200 delegates), each document asked through
/// the real host (fake Bot API on loopback, LiteDB on disk), from the office's message to the file's arrival.
/// </summary>
[Collection(SlowWorkCollection.Name)]
public sealed class DocumentTimingTests(ITestOutputHelper output) : RealHostTest("hy-doctiming")
{
    private const long Person = 5_300_001;
    private const int Awardees = 200;
    private const int Delegates = 200;
    [Fact]
    public async Task EveryDocument_ForTwoHundredAwardees_Measured_TheInvitationsAJobWhileAnotherPersonIsAnswered()
    {
        var office = new TelegramChat(Fake, RunningBot.AdminChat, "Văn phòng");
        var person = new TelegramChat(Fake, Person, "Nguyễn Văn An");
        await office.ConsentsAsync();
        await person.ConsentsAsync();
        Seed(Bot.Store);

        var figures = new List<string>();
        foreach (var kind in new[] { "danhsach_bk", "danhsach_gk", "bienban", "totrinh", "quyetdinh", "thongbao" })
        {
            var (took, content) = await DocumentAsync(office, kind);
            figures.Add($"{kind}: {took.TotalMilliseconds:N0} ms, {content.Length / 1024:N0} KB");
            using var doc = WordprocessingDocument.Open(new MemoryStream(content), false);
            Assert.Contains("Sở Khoa học và Công nghệ", doc.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }

        // The Giấy mời, one .docx with its QR code per delegate, take seconds: a job, while others are answered.
        var asked = Stopwatch.StartNew();
        var invitations = DocumentAsync(office, "giaymoi");
        await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat && m.Text.StartsWith("⏳ Đang xử lý yêu cầu tạo Giấy mời của tất cả đại biểu", StringComparison.Ordinal), RunningBot.Wait);
        var queued = asked.Elapsed;
        var waited = Stopwatch.StartNew();
        var id = await person.Says("/id", "Mã định danh của đồng chí là");
        var answered = waited.Elapsed;
        var (made, archive) = await invitations;
        figures.Add($"giaymoi: '⏳' after {queued.TotalMilliseconds:N0} ms, the archive after {made.TotalMilliseconds:N0} ms, {archive.Length / 1024:N0} KB; another person's /id answered in {answered.TotalMilliseconds:N0} ms meanwhile");
        output.WriteLine($"/vanban for {Awardees} awardees and {Delegates} delegates, asked to file arrived: " + string.Join("; ", figures));

        using var zip = new ZipArchive(new MemoryStream(archive));
        Assert.Equal(Delegates, zip.Entries.Count);
        Assert.True(answered < TimeSpan.FromSeconds(1), $"/id answered after {answered.TotalMilliseconds:N0} ms");
        Assert.True(id.At < office.Inbox.Last(m => m.FileName is not null).At, "the invitations were made before /id was asked: the test proves nothing");
    }

    private async Task<(TimeSpan Took, byte[] Content)> DocumentAsync(TelegramChat office, string kind)
    {
        var before = office.Inbox.Count(m => m.FileName is not null);
        var asked = Stopwatch.StartNew();
        Fake.UserSays(RunningBot.AdminChat, $"/vanban {kind}", "Văn phòng");
        await Waiting.UntilAsync(() => office.Inbox.Count(m => m.FileName is not null) > before, $"the file of /vanban {kind}", TimeSpan.FromMinutes(1));
        return (asked.Elapsed, office.Inbox.Last(m => m.FileName is not null).FileContent!);
    }

    private static void Seed(IRecordStore store)
    {
        var changes = new ChangeSet();
        for (var i = 1; i <= Awardees; i++)
        {
            var award = i % 2 == 0 ? AwardLevel.ProvincialCertificate : AwardLevel.DirectorCertificate;
            changes.Upsert(new Nomination
            {
                Id = $"{(award == AwardLevel.ProvincialCertificate ? "BK" : "GK")}-CN-{i:000}",
                UnitCode = "QLKH",
                Award = award,
                Kind = NomineeKind.Individual,
                Name = $"Nguyễn Thị Ánh {Letters(i)}",
                Gender = "Nữ",
                BirthYear = 1985,
                Position = "Chuyên viên",
                Summary = "Hoàn thành xuất sắc nhiệm vụ năm 2026; có 02 sáng kiến được công nhận cấp cơ sở.",
                Status = NominationStatus.Submitted,
            });
        }

        for (var i = 1; i <= Delegates; i++)
        {
            changes.Upsert(new Delegate
            {
                Id = $"DB-{i:000}",
                FullName = $"Trần Văn Bình {Letters(i)}",
                Position = "Trưởng phòng",
                Organization = "Sở Khoa học và Công nghệ",
                Phone = $"0912{i:000000}",
                Token = $"token{i:000}",
                InviteCode = $"M{i:000}",
                CheckInCode = $"D{i:000}",
            });
        }

        store.Commit(changes);
    }

    /// <summary>A distinct given-name tail without digits: 1 → "A", 27 → "AA".</summary>
    private static string Letters(int i) => new(Enumerable.Repeat((char)('A' + (i % 26)), 1 + (i / 26)).ToArray());
}
