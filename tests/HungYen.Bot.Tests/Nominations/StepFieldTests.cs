using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Nominations.Wizard;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Nominations;

/// <summary>
/// A wizard step names the draft field it fills once (issue 13): the review, the answer offered when asked again and
/// what is saved come from it; a field whose question no longer applies is left out of the saved nomination by walking
/// the step table, not by a list of the other kind's fields.
/// </summary>
public sealed class StepFieldTests : IDisposable
{
    private readonly ChatHarness _bot = NominationHarness.Create();

    public void Dispose() => _bot.Dispose();

    private NominationSteps Steps => _bot.Services.GetRequiredService<NominationSteps>();

    [Fact]
    public async Task SwitchingToCollectiveFromReview_SavesNoAnswerOfAQuestionThatNoLongerApplies()
    {
        var staff = await _bot.StaffAsync("ha");
        await staff.IndividualToReviewAsync("Phạm Thị Lan", "1990");
        await staff.Presses("✏️ Sửa một mục");
        await staff.Presses("Đối tượng");
        await staff.Presses("👥 Tập thể");
        await staff.Says("Phòng Quản lý khoa học");
        await staff.Says("Trần Đức Minh");
        await staff.Says("Trưởng phòng");
        var review = await staff.Says("12; 9");
        Assert.DoesNotContain("Chức vụ: Phó Trưởng phòng", review.Text);

        await staff.Presses("✅ Gửi hồ sơ");

        var saved = _bot.Store.Find<Nomination>("GK-TT-001")!;
        Assert.Equal(("Phòng Quản lý khoa học", "Trần Đức Minh", 12, 9), (saved.Name, saved.Head, saved.MemberCount, saved.WomenCount));
        Assert.Equal(((string?)null, (int?)null, (string?)null, (string?)null), (saved.Gender, saved.BirthYear, saved.Position, saved.Workplace));
        var asSaved = NominationDraft.Of(saved);
        var asked = Steps.All.Where(s => s.Applies(asSaved)).Select(s => s.Fills?.Name).ToHashSet();
        var notAsked = Steps.All.Where(s => s.Fills is not null && !asked.Contains(s.Fills.Name)).ToList();
        Assert.True(notAsked.Count >= 4, $"only {notAsked.Count} questions of a person's");
        Assert.All(notAsked, s => Assert.False(s.Fills!.HasAnswer(asSaved), $"{s.State} kept its answer"));
    }

    /// <summary>Every field of the draft answered, then saved: each step's field is kept exactly when its question applies.</summary>
    [Theory]
    [InlineData(NomineeKind.Individual)]
    [InlineData(NomineeKind.Collective)]
    public void ToNomination_EveryStepsField_IsKeptExactlyWhenItsQuestionApplies(NomineeKind kind)
    {
        var draft = new NominationDraft();
        foreach (var property in typeof(NomineeDetails).GetProperties().Where(p => p.CanWrite && p.DeclaringType == typeof(NomineeDetails)))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            object? value = type == typeof(string) ? "Phòng Quản lý khoa học" : type == typeof(int) ? 7 : type == typeof(bool) ? true : null;
            if (value is not null)
            {
                property.SetValue(draft, value);
            }
        }

        draft.Kind = kind;

        var saved = NominationDraft.Of(Steps.ToNomination(draft, "QLKH"));

        var filling = Steps.All.Where(s => s.Fills is not null).ToList();
        Assert.Contains(filling, s => !s.Applies(draft));
        Assert.All(filling, s => Assert.True(s.Fills!.HasAnswer(saved) == s.Applies(draft) || s.Fills.Name == nameof(NomineeDetails.Name), $"{s.State}"));
        Assert.Equal("Phòng Quản lý khoa học", saved.Name); // one name for a person or a collective: an applying question fills it
        Assert.True(draft.Gender is not null && draft.Head is not null, "the draft keeps the other kind's answers for a switch back");
    }

    [Fact]
    public async Task MembersAskedAgain_OffersBothCountsAsTyped()
    {
        var staff = await _bot.StaffAsync("ha");
        await staff.Says("/decu");
        await staff.Presses("Giấy khen của Giám đốc Sở");
        await staff.Presses("👥 Tập thể");
        await staff.Says("Phòng Quản lý khoa học");
        await staff.Says("Trần Đức Minh");
        await staff.Says("Trưởng phòng");
        await staff.Says("12; 9");

        var again = await staff.Presses("⬅️ Quay lại");

        Assert.Equal("Members", staff.Session!.State);
        Assert.Contains("(Hiện tại: 12; 9)", again.Text);
    }

    /// <summary>The names sessions stored while the wizard's states were an enum: a question's state is named from its field, or keeps its name.</summary>
    public static TheoryData<string> StoredStateNames =>
    [
        "Award", "Kind", "FullName", "Gender", "BirthYear", "Position", "Workplace", "CollectiveName", "Head", "HeadPosition", "Members",
        "Movement", "Summary", "Attachment", "Content", "Ratings", "PriorAwards", "ContactPhone", "Declaration", "Review", "ChoosingField",
    ];

    [Theory]
    [MemberData(nameof(StoredStateNames))]
    public async Task SessionStoredWhileTheStatesWereAnEnum_ResumesAtItsQuestion(string state)
    {
        var staff = await _bot.StaffAsync("ha");
        await staff.IndividualToReviewAsync("Phạm Thị Lan", "1990");
        var session = staff.Session!;
        session.State = state;
        var stored = new ChangeSet();
        stored.Upsert(session);
        _bot.Store.Commit(stored);

        var asked = await staff.Says("/start");

        Assert.Equal(state, staff.Session!.State);
        var phrase = state switch
        {
            "CollectiveName" => "tên tập thể được đề nghị",
            "Head" => "Họ và tên người đứng đầu",
            "HeadPosition" => "Chức vụ của người đứng đầu",
            "Members" => "Số người",
            "ChoosingField" => "muốn sửa mục nào",
            _ => WizardSteps.Question(state),
        };
        Assert.Contains(phrase, asked.Last.Text);
    }
}
