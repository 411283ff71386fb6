using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Nominations;

/// <summary>
/// The ratings of the last 2 years (xếp loại đánh giá, domain.md "Fields real award software keeps"), the question
/// added as one step entry (issue 13): answered by a button, a number or typed per year, shown on the review, editable.
/// </summary>
public sealed class RatingsStepTests : IDisposable
{
    private const string BothExcellent = "Cả 2 năm: Hoàn thành xuất sắc nhiệm vụ";

    private readonly ChatHarness _bot = NominationHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task GivenTheContentKept_TheWizardAsksTheRatingsOf2024And2025_ANumberPicksTheChoice_TheReviewShowsIt()
    {
        var staff = await GivenAStafferAtTheRatingsAsync();
        Assert.Contains("xếp loại mức độ hoàn thành nhiệm vụ 2 năm gần nhất (2024 và 2025)", staff.Inbox[^1].Text);
        Assert.Equal([BothExcellent, "Cả 2 năm: Hoàn thành tốt nhiệm vụ", "⬅️ Quay lại", "✖️ Hủy"], staff.Inbox[^1].Labels);
        Assert.DoesNotContain("Bằng khen", staff.Inbox[^1].Text); // a Giấy khen: its criteria are the province's own

        var next = await staff.Says("2");

        Assert.Contains("Khen thưởng đã nhận", next.Last.Text);
        var review = await staff.GivenAnsweredFromAsync("PriorAwards");
        Assert.Contains("• Xếp loại 2 năm gần nhất: Năm 2024: Hoàn thành tốt nhiệm vụ; năm 2025: Hoàn thành tốt nhiệm vụ", review.Text);
        await staff.Presses("✅ Gửi hồ sơ");
        Assert.Equal("2024:HTTNV;2025:HTTNV", _bot.Store.Find<Nomination>("GK-CN-001")!.Ratings);
    }

    [Fact]
    public async Task GivenTheRatingsQuestion_AnUnclearAnswerIsAskedAgainWithTheLevels_ATypedRatingPerYearIsRead()
    {
        var staff = await GivenAStafferAtTheRatingsAsync();

        foreach (var unclear in new[] { "rất tốt", "2023: tốt; 2024: tốt", "2024: xuất sắc; 2025: rất giỏi", "2024: tốt" })
        {
            var refused = await staff.Says(unclear);
            Assert.Contains("nhập xếp loại của cả hai năm 2024 và 2025, mỗi năm một mức: Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ", refused.Text);
            Assert.Equal("Ratings", staff.Session!.State);
        }

        var next = await staff.Says("2025 - HTXSNV; 2024: chưa được đánh giá (mới tuyển dụng)");

        Assert.Contains("Khen thưởng đã nhận", next.Last.Text);
        var review = await staff.GivenAnsweredFromAsync("PriorAwards");
        Assert.Contains("• Xếp loại 2 năm gần nhất: Năm 2024: Chưa được đánh giá, xếp loại; năm 2025: Hoàn thành xuất sắc nhiệm vụ", review.Text);
        await staff.Presses("✅ Gửi hồ sơ");
        Assert.Equal("2024:CDG;2025:HTXSNV", _bot.Store.Find<Nomination>("GK-CN-001")!.Ratings);
    }

    [Fact]
    public async Task GivenABằngKhenAtTheReview_EditingTheRatings_RecallsTheCriterionAndComesBackToTheReview()
    {
        var staff = await _bot.StaffAsync("ha");
        var first = await staff.IndividualToReviewAsync(award: "Bằng khen của Chủ tịch UBND tỉnh");
        Assert.Contains("• Xếp loại 2 năm gần nhất: Năm 2024: Hoàn thành xuất sắc nhiệm vụ; năm 2025: Hoàn thành xuất sắc nhiệm vụ", first.Text);

        await staff.Presses("✏️ Sửa một mục");
        var question = await staff.Presses("Xếp loại 2 năm gần nhất");
        Assert.Contains("tiêu chuẩn Bằng khen của Chủ tịch UBND tỉnh là 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, có 02 sáng kiến được công nhận và áp dụng", question.Text);

        var review = await staff.Says("2024: hoàn thành tốt nhiệm vụ; 2025: không hoàn thành nhiệm vụ");

        Assert.Contains("• Xếp loại 2 năm gần nhất: Năm 2024: Hoàn thành tốt nhiệm vụ; năm 2025: Không hoàn thành nhiệm vụ", review.Last.Text);
        Assert.Equal("Review", staff.Session!.State);
    }

    [Fact]
    public async Task GivenACollectiveForABằngKhen_TheRatingsAreAskedWithTheCollectivesCriterion()
    {
        var staff = await _bot.StaffAsync("ha");
        await staff.Says("/dexuat");
        await staff.Presses("Bằng khen của Chủ tịch UBND tỉnh");
        await staff.Presses("👥 Tập thể");
        await staff.Says("Phòng Quản lý công nghệ");
        await staff.Says("Trần Đức Minh");
        await staff.Says("Trưởng phòng");
        await staff.Says("12; 9");
        await staff.Says("1");
        await staff.Says("Hoàn thành xuất sắc nhiệm vụ 2 năm liên tục, đoàn kết, dân chủ.");
        await staff.Presses("⏭ Bỏ qua");

        var question = await staff.Presses("✅ Dùng nội dung này");

        Assert.Contains("02 năm liên tục hoàn thành xuất sắc nhiệm vụ, nội bộ đoàn kết, thực hiện tốt dân chủ cơ sở", question.Text);
        await staff.GivenAnsweredFromAsync("Ratings");
        await staff.Presses("✅ Gửi hồ sơ");
        Assert.Equal("2024:HTXSNV;2025:HTXSNV", _bot.Store.Find<Nomination>("BK-TT-001")!.Ratings);
    }

    private async Task<ChatUser> GivenAStafferAtTheRatingsAsync()
    {
        var staff = await _bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, "Ratings");
        Assert.Equal("Ratings", staff.Session!.State);
        return staff;
    }
}
