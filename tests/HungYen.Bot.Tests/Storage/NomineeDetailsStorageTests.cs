using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Nominations.Wizard;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Nominations;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Storage;

public sealed class NomineeDetailsStorageTests : IDisposable
{
    private readonly TempDatabase _database = new("hy-nominee");

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Nomination_StoredBeforeNomineeDetails_StillLoadsWithEveryField()
    {
        LiteDbRecordStore.Open(_database.Path).Dispose();
        using (var db = new LiteDatabase(new ConnectionString { Filename = _database.Path, Connection = ConnectionType.Direct }))
        {
            // The shape a nomination had when its fields were declared on Nomination itself: flat, one key per field.
            db.GetCollection("Nomination").Insert(new BsonDocument
            {
                ["_id"] = "GK-CN-001",
                ["UnitCode"] = "VP",
                ["Award"] = "ProvincialCertificate",
                ["Kind"] = "Individual",
                ["Name"] = "Phạm Thị Lan",
                ["Gender"] = "Nữ",
                ["BirthYear"] = 1980,
                ["Position"] = "Trưởng phòng",
                ["Workplace"] = "Phòng Quản lý khoa học",
                ["Head"] = BsonValue.Null,
                ["Movement"] = "Thi đua đổi mới sáng tạo",
                ["Summary"] = "Thành tích nổi bật",
                ["FileId"] = "nomination/abc",
                ["FileName"] = "bao-cao.pdf",
                ["NoDisciplineConfirmed"] = true,
                ["Status"] = "Submitted",
                ["SubmittedBy"] = "telegram:1",
            });
        }

        using var store = LiteDbRecordStore.Open(_database.Path);
        var n = store.Find<Nomination>("GK-CN-001")!;

        Assert.Equal(("VP", AwardLevel.ProvincialCertificate, NomineeKind.Individual, "Phạm Thị Lan", "Nữ", 1980), (n.UnitCode, n.Award, n.Kind, n.Name, n.Gender, n.BirthYear));
        Assert.Equal(("Trưởng phòng", "Phòng Quản lý khoa học", "Thi đua đổi mới sáng tạo", "Thành tích nổi bật"), (n.Position, n.Workplace, n.Movement, n.Summary));
        Assert.Equal(("nomination/abc", "bao-cao.pdf", true), (n.FileId, n.FileName, n.NoDisciplineConfirmed));
    }

    [Fact]
    public void Draft_OfTheOldPerFieldShape_StartsEmptyInsteadOfFailing()
    {
        var session = new ConversationSession { Flow = NominationWizardFlow.FlowName, State = "Summary" };
        session.Set("name", "Phạm Thị Lan");
        session.Set(NominationWizardFlow.DraftKey, "{not json");

        var wizard = new NominationWizardFlow(null!, null!);

        Assert.Equal("", wizard.DraftOf(session).Name);
    }

    [Fact]
    public void Draft_CopiedFromANomination_KeepsEveryDetailButTheOtherKindsFields()
    {
        var nomination = new Nomination { Id = "GK-TT-002", Kind = NomineeKind.Collective, Name = "Phòng Quản lý khoa học", Head = "Nguyễn Văn An", Gender = "Nam", Summary = "Tốt" };

        using var bot = NominationHarness.Create();
        var steps = bot.Services.GetRequiredService<NominationSteps>();

        var back = steps.ToNomination(steps.DraftOf(nomination), "VP");

        Assert.Equal(("GK-TT-002", "Phòng Quản lý khoa học", "Nguyễn Văn An", "Tốt", null), (back.Id, back.Name, back.Head, back.Summary, back.Gender));
    }
}
