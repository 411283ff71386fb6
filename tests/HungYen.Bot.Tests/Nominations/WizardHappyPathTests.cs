using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Nominations;

public sealed class WizardHappyPathTests : IDisposable
{
    private readonly ChatHarness _bot = NominationHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Individual_GiayKhen_FromEnrolmentToSubmittedWithReferenceAndOfficeNotified()
    {
        var staff = await _bot.StaffAsync("ha");
        Assert.Contains("Đã ghi nhận đồng chí là cán bộ của Phòng Quản lý khoa học", staff.Inbox[^1].Text);

        var review = await staff.IndividualToReviewAsync();
        Assert.Contains("• Họ và tên: Nguyễn Văn An", review.Text);
        Assert.Contains("• Năm sinh: 1985", review.Text);
        Assert.Contains("Giấy khen – cá nhân: 0/10", review.Text);
        Assert.Contains("Hạn gửi và chỉnh sửa hồ sơ: 01/12/2026 17:00", review.Text);

        var done = await staff.Presses("✅ Gửi hồ sơ");

        Assert.Contains("✅ Đã gửi hồ sơ GK-CN-001", done.Text);
        var nomination = _bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.Equal("Nguyễn Văn An", nomination.Name);
        Assert.Equal("QLKH", nomination.UnitCode);
        Assert.Equal(NominationStatus.Submitted, nomination.Status);
        Assert.True(nomination.NoDisciplineConfirmed);
        Assert.Contains(_bot.InboxOf("admin"), m => m.Text.Contains("Hồ sơ đề cử mới GK-CN-001 của Phòng Quản lý khoa học"));
    }
}
