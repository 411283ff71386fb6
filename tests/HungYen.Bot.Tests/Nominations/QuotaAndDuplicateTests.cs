using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Nominations;

public sealed class QuotaAndDuplicateTests
{
    [Fact]
    public async Task Review_ShowsLiveQuotaCounts()
    {
        using var bot = NominationHarness.Create();
        Seed(bot, 7, AwardLevel.DirectorCertificate, NomineeKind.Individual);
        var staff = await bot.StaffAsync("ha");

        var review = await staff.IndividualToReviewAsync();

        Assert.Contains("Giấy khen – cá nhân: 7/10", review.Text);
        Assert.Contains("Bằng khen – tập thể: 0/10", review.Text);
    }

    [Fact]
    public async Task WithdrawnAndRejected_DoNotCountTowardsTheQuota()
    {
        using var bot = NominationHarness.Create();
        Seed(bot, 3, AwardLevel.DirectorCertificate, NomineeKind.Individual);
        Seed(bot, 2, AwardLevel.DirectorCertificate, NomineeKind.Individual, status: NominationStatus.Withdrawn, prefix: "RUT");
        Seed(bot, 4, AwardLevel.DirectorCertificate, NomineeKind.Individual, status: NominationStatus.Rejected, prefix: "LOAI");
        Seed(bot, 1, AwardLevel.DirectorCertificate, NomineeKind.Individual, status: NominationStatus.Approved, prefix: "DUYET");
        var staff = await bot.StaffAsync("ha");

        var review = await staff.IndividualToReviewAsync();

        Assert.Contains("Giấy khen – cá nhân: 4/10", review.Text);
    }

    [Fact]
    public async Task PastThePlansMaximum_WarnsAndStillRecords()
    {
        using var bot = NominationHarness.Create();
        Seed(bot, 10, AwardLevel.DirectorCertificate, NomineeKind.Individual);
        var staff = await bot.StaffAsync("ha");

        var review = await staff.IndividualToReviewAsync();
        Assert.Contains("vượt mức tối đa 10 của Kế hoạch", review.Text);
        var done = await staff.Presses("✅ Gửi hồ sơ");

        Assert.Contains("Đã gửi hồ sơ", done.Text);
        Assert.Contains("Hội đồng Thi đua - Khen thưởng sẽ xem xét", done.Text);
        Assert.Equal(11, bot.Store.Count<Nomination>());
    }

    [Fact]
    public async Task PastThePlansMaximum_ConfiguredToRefuse_IsRefused()
    {
        using var bot = NominationHarness.Create(new Dictionary<string, string?> { ["Nominations:RefuseOverMax"] = "true" });
        Seed(bot, 10, AwardLevel.DirectorCertificate, NomineeKind.Individual);
        var staff = await bot.StaffAsync("ha");
        await staff.IndividualToReviewAsync();

        var reply = await staff.Presses("✅ Gửi hồ sơ");

        Assert.Contains("Không thể gửi thêm", reply.Text);
        Assert.Equal(10, bot.Store.Count<Nomination>());
        Assert.Contains("vẫn được giữ nguyên", reply.Text);
        Assert.Equal("Review", staff.Session!.State);
    }

    [Fact]
    public async Task PerUnitCap_Reached_Warns()
    {
        using var bot = NominationHarness.Create(new Dictionary<string, string?> { ["Nominations:PerUnitCap"] = "2" });
        Seed(bot, 2, AwardLevel.DirectorCertificate, NomineeKind.Individual, unit: "QLKH");
        var staff = await bot.StaffAsync("ha");

        var review = await staff.IndividualToReviewAsync();

        Assert.Contains("đơn vị đã đạt mức tối đa 2 hồ sơ", review.Text);
    }

    [Fact]
    public async Task SamePersonFromAnotherUnit_WarnsTheSubmitterAndTheOffice()
    {
        using var bot = NominationHarness.Create();
        var first = await bot.GivenAStafferWhoSubmittedAsync(name: "Nguyễn Văn An", year: "1985");
        var second = await bot.StaffAsync("khanh", "TTTT", "Vũ Văn Khánh");

        var review = await second.IndividualToReviewAsync(name: "NGUYEN VAN AN", year: "1985", award: "Bằng khen của Chủ tịch UBND tỉnh");
        Assert.Contains("⚠️ Nguyen Van An đã có trong hồ sơ khác (GK-CN-001)", review.Text);
        await second.Presses("✅ Gửi hồ sơ");

        Assert.Contains(bot.InboxOf("admin"), m => m.Text.Contains("Hồ sơ BK-CN-001 (Nguyen Van An) có thể trùng với: GK-CN-001"));
    }

    [Fact]
    public async Task SameNameDifferentBirthYear_IsNotADuplicate()
    {
        using var bot = NominationHarness.Create();
        var first = await bot.GivenAStafferWhoSubmittedAsync(year: "1985");

        var review = await first.IndividualToReviewAsync(year: "1990");

        Assert.DoesNotContain("đã có trong hồ sơ khác", review.Text);
    }

    private static void Seed(ChatHarness bot, int count, AwardLevel award, NomineeKind kind, string unit = "TTTT", NominationStatus status = NominationStatus.Submitted, string prefix = "SEED")
    {
        var changes = new ChangeSet();
        for (var i = 0; i < count; i++)
        {
            changes.Upsert(new Nomination { Id = $"{prefix}-{award}-{kind}-{i}", UnitCode = unit, Award = award, Kind = kind, Name = $"Người Thứ {i}", BirthYear = 1980 + i, Status = status });
        }

        bot.Store.Commit(changes);
    }
}
