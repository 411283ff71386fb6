using DocumentFormat.OpenXml.Packaging;
using HungYen.Bot.Core.Awards;
using HungYen.Bot.Core.Awards.Documents;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Awards;

public sealed class DocumentCommandTests : IDisposable
{
    private readonly ChatHarness _bot = AwardsHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task NumberEnteredOnce_IsCitedByTheTờTrìnhAndItsList_SentWithVietnameseFileName()
    {
        var changes = new ChangeSet();
        changes.Upsert(new Nomination { Id = "BK-CN-001", UnitCode = "QLKH", Award = AwardLevel.ProvincialCertificate, Kind = NomineeKind.Individual, Name = "Trần Thị Ánh", Gender = "Nữ", BirthYear = 1985, Summary = "Có 02 sáng kiến được công nhận.", Status = NominationStatus.Submitted });
        _bot.Store.Commit(changes);

        var saved = await _bot.Admin.Says("/vanban_so totrinh 12 05/03/2026");
        var reply = await _bot.Admin.Says("/vanban totrinh");

        Assert.Contains("Đã ghi văn bản TTr: số 12, ngày 05/03/2026", saved.Text);
        Assert.Equal("12", _bot.Store.Find<DocumentFacts>("TTr")!.Number);
        var file = reply.Messages.Single(m => m.Message.File is not null).Message.File!;
        Assert.Matches(@"^Tờ trình đề nghị tặng Bằng khen \d{2}-\d{2}-\d{4}\.docx$", file.FileName);
        using var doc = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Số: 12/TTr-SKHCN", text);
        Assert.Contains("(Kèm theo Tờ trình số 12/TTr-SKHCN ngày 05/03/2026 của Sở Khoa học và Công nghệ)", text);
        Assert.Contains("Trần Thị Ánh", text);
    }

    [Fact]
    public async Task BadInput_GetsTheUsage_AndNothingIsSaved()
    {
        var reply = await _bot.Admin.Says("/vanban_so totrinh mười hai 05/03/2026");
        var list = await _bot.Admin.Says("/vanban");

        Assert.Contains("Xin nhập theo mẫu", reply.Text);
        Assert.Null(_bot.Store.Find<DocumentFacts>("TTr"));
        Assert.Contains("danhsach_bk", list.Text);
    }

    [Fact]
    public async Task UnitStaff_CannotGetDocuments()
    {
        var staff = await _bot.StaffAsync("u1");

        var reply = await staff.Says("/vanban totrinh");

        Assert.DoesNotContain(reply.Messages, m => m.Message.File is not null);
    }
}
