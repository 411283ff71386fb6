using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Support;
using LiteDB;

namespace HungYen.Bot.Tests.Nominations;

/// <summary>A status change the bot itself explains is stored as a code and worded when shown; records from before still read.</summary>
public sealed class StatusNoteTests : IDisposable
{
    private const string List = "Danh sách đề xuất";

    private readonly TempDatabase _database = new("hy-note");

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Resubmission_StoresTheReasonAsACode_AndTheExportWordsIt()
    {
        using var bot = NominationHarness.Create(databasePath: _database.Path);
        var staff = await bot.StaffAsync("ha");
        await staff.IndividualToReviewAsync();
        await staff.Presses("✅ Gửi hồ sơ");
        await staff.Says("/hoso");
        await staff.Presses("GK-CN-001 · Nguyễn Văn An");
        await staff.Presses("✏️ Sửa hồ sơ");
        await staff.Presses("✏️ Sửa một mục");
        await staff.Presses("Chức vụ");
        await staff.Says("Trưởng phòng");
        await staff.Presses("✅ Gửi hồ sơ");

        var n = bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.Equal((nameof(StatusReason.Edited), null), (n.History[^1].Reason, n.History[^1].Note));
        Assert.Equal((nameof(StatusReason.Edited), null), (n.LastReason, n.LastNote));
        Assert.Equal("chỉnh sửa", NoteInTheExport(await bot.Admin.Says("/xuat")));
    }

    [Fact]
    public async Task Nomination_StoredWithTheOldSentenceNote_StillShowsIt()
    {
        LiteDbRecordStore.Open(_database.Path).Dispose();
        using (var db = new LiteDatabase(new ConnectionString { Filename = _database.Path, Connection = ConnectionType.Direct }))
        {
            // The shape before StatusChange.Reason: the bot's own sentence in the note.
            db.GetCollection("Nomination").Insert(new BsonDocument
            {
                ["_id"] = "GK-CN-001",
                ["UnitCode"] = "QLKH",
                ["Award"] = "DirectorCertificate",
                ["Kind"] = "Individual",
                ["Name"] = "Phạm Thị Lan",
                ["BirthYear"] = 1980,
                ["Summary"] = "Thành tích nổi bật trong năm",
                ["Status"] = "Submitted",
                ["SubmittedBy"] = "test:ha",
                ["LastNote"] = "chỉnh sửa",
                ["History"] = new BsonArray(
                    new BsonDocument { ["Status"] = "Submitted", ["By"] = "test:ha" },
                    new BsonDocument { ["Status"] = "Submitted", ["By"] = "test:ha", ["Note"] = "chỉnh sửa" }),
            });
        }

        using var bot = NominationHarness.Create(databasePath: _database.Path);

        var n = bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.Equal(("chỉnh sửa", null), (n.History[^1].Note, n.History[^1].Reason));
        Assert.Equal("chỉnh sửa", NoteInTheExport(await bot.Admin.Says("/xuat")));
    }

    private static string? NoteInTheExport(Reply reply)
    {
        var content = reply.Messages.Single(m => m.Message.File?.FileName.EndsWith(".xlsx", StringComparison.Ordinal) == true).Message.File!.Content;
        using var book = new PrintedWorkbook(content);
        return book.Rows(List).Single(r => r["Mã hồ sơ"]?.ToString() == "GK-CN-001")["Ghi chú"]?.ToString();
    }
}
