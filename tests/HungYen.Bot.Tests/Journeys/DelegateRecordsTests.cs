using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Tests.Support;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Journeys;

/// <summary>Issue 19, point 2: a check-in is never dropped, and an erased delegate re-imported is not a second record silently.</summary>
public sealed class DelegateRecordsTests
{
    [Fact]
    public async Task CheckedInSubstitute_StaysWithTheCheckIn_WhenTheOriginalThenSwitchesToAttending()
    {
        using var bot = Create();
        await ImportAsync(bot);
        var an = bot.User("an");
        await SendsSubstituteAsync(bot, an, "Phạm Văn Đức", "0868123456");
        await bot.Admin.Says("/diemdanh_canbo test:staff");
        var staff = bot.User("staff", "Cán bộ lễ tân");
        await staff.Says($"/diemdanh {Find(bot, "Phạm Văn Đức").CheckInCode}");
        var arrived = Find(bot, "Phạm Văn Đức").CheckedInAt;

        await AttendsAsync(bot, an, "Nguyễn Văn An");

        var original = Find(bot, "Nguyễn Văn An");
        var substitute = Find(bot, "Phạm Văn Đức");
        Assert.Equal(RsvpStatus.Attending, original.Status);
        Assert.Equal([RsvpStatus.Substituted, RsvpStatus.Attending], original.History.Select(h => h.To));
        Assert.Equal(arrived, substitute.CheckedInAt);
        Assert.Equal((RsvpStatus.Attending, original.Id), (substitute.Status, substitute.SubstituteFor));
        Assert.Contains(bot.InboxOf(ChatHarness.AdminId), m => m.Text.Contains("đ/c Phạm Văn Đức (đi thay) đã điểm danh nên vẫn được giữ trong danh sách"));
        Assert.Contains("Đã đến: 1 đại biểu / 2 đại biểu xác nhận", (await staff.Says("/diemdanh_tinhhinh")).Text);
    }

    [Fact]
    public async Task CheckedInSubstitute_IsNotOverwritten_WhenAnotherPersonIsSentInstead()
    {
        using var bot = Create();
        await ImportAsync(bot);
        var an = bot.User("an");
        await SendsSubstituteAsync(bot, an, "Phạm Văn Đức", "0868123456");
        await bot.Admin.Says("/diemdanh_canbo test:staff");
        await bot.User("staff", "Cán bộ lễ tân").Says($"/diemdanh {Find(bot, "Phạm Văn Đức").CheckInCode}");

        await SendsSubstituteAsync(bot, an, "Hoàng Thị Mai", "0868999888", again: true);

        Assert.NotNull(Find(bot, "Phạm Văn Đức").CheckedInAt);
        Assert.Equal(Find(bot, "Hoàng Thị Mai").Id, Find(bot, "Nguyễn Văn An").SubstitutedBy);
    }

    [Theory]
    [InlineData("/daibieu_ganlai", 3)]
    [InlineData("/daibieu_moi", 4)]
    public async Task ErasedDelegate_ReImported_IsHeldAndTheOfficeIsAskedWhichRow_ThenLinksOrCreates(string command, int records)
    {
        using var bot = Create();
        var an = await bot.GivenAnAttendingDelegateAsync();
        await an.Says("/dulieu");
        await an.Presses("🗑 Xóa dữ liệu của tôi");
        await an.Presses("🗑 Đồng ý xóa");
        var erased = Find(bot, "Nguyễn Văn An");
        Assert.Equal("", erased.Phone);

        var report = await ImportAsync(bot);

        Assert.Equal(3, bot.Store.Count<Delegate>());
        Assert.Contains($"Dòng 2: Nguyễn Văn An — UBND tỉnh trùng với đại biểu đã tự xóa dữ liệu cá nhân ngày 24/11/2026 (mã mời {erased.InviteCode})", report.Text);
        Assert.Contains($"/daibieu_ganlai {erased.InviteCode}", report.Text);
        Assert.Contains($"/daibieu_moi {erased.InviteCode}", report.Text);

        var decided = await bot.Admin.Says($"{command} {erased.InviteCode}");

        Assert.Equal(records, bot.Store.Count<Delegate>());
        var all = bot.Store.Query<Delegate>().Where(d => d.FullName == "Nguyễn Văn An").ToList();
        if (records == 3)
        {
            var linked = Assert.Single(all);
            Assert.Equal((erased.Id, "0912345678", RsvpStatus.Attending), (linked.Id, linked.Phone, linked.Status));
            Assert.Contains("Đã gắn dòng 2 vào đại biểu Nguyễn Văn An", decided.Text);
        }
        else
        {
            Assert.Equal(2, all.Count);
            var created = Assert.Single(all, d => d.Id != erased.Id);
            Assert.Equal(("0912345678", RsvpStatus.Pending), (created.Phone, created.Status));
            Assert.NotEqual(erased.InviteCode, created.InviteCode);
            Assert.Contains("Đã tạo đại biểu mới từ dòng 2", decided.Text);
        }

        Assert.Contains("Không có dòng danh sách nào đang chờ", (await bot.Admin.Says($"{command} {erased.InviteCode}")).Text);
    }

    private static async Task SendsSubstituteAsync(ChatHarness bot, ChatUser an, string name, string phone, bool again = false)
    {
        if (again)
        {
            await an.Says("/giaymoi");
        }
        else
        {
            await OpensLinkAsync(an, Find(bot, "Nguyễn Văn An"));
        }

        await an.SendsASubstituteAsync(name, phone);
    }
}
