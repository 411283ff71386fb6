using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Testing;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Delegates;

public sealed class DelegateRestartTests : IDisposable
{
    private readonly TempDatabase _database = new("hy-delegates");

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AfterARestart_BindingsAnswersAndTheWaitingListAreKept()
    {
        var config = new Dictionary<string, string?> { ["Conference:Capacity"] = "1" };
        using (var bot = Create(config, _database.Path))
        {
            await bot.GivenAnAttendingDelegateAsync();
            await AttendsAsync(bot, bot.User("binh"), "Trần Thị Bình");
            await bot.Admin.Says("/hoinghi_thoigian 18/12/2026 08:00");
            await bot.Admin.Says("/hoinghi_xacnhan");
        }

        using (var bot = Create(config, _database.Path))
        {
            var an = bot.User("an");
            await an.Says("/start");
            var invitation = await an.Presses(Invitation);
            Assert.Contains("Trả lời hiện tại của đồng chí: Tham dự", invitation.Text);
            Assert.Contains("08:00, Thứ Sáu, ngày 18/12/2026", invitation.Text);
            await an.Presses("❌ Không tham dự");
            await an.Presses("Bỏ qua");
            await an.Presses("✅ Xác nhận");

            Assert.Contains("vừa có chỗ trống", bot.InboxOf("binh")[^1].Text);
            var binh = bot.User("binh");
            await binh.Says("/nhancho");
            await binh.Presses("✅ Nhận chỗ, tôi sẽ tham dự");
            Assert.Equal(RsvpStatus.Attending, Find(bot, "Trần Thị Bình").Status);
        }
    }
}
