using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Hosting;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Privacy;

/// <summary>Least access: every office command and office flow refuses guests and unit staff.</summary>
public sealed class AccessTests : IDisposable
{
    private readonly ChatHarness _bot = NominationHarness.Create(services: s =>
    {
        s.AddDelegates();
        s.AddScheduling();
    });

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task EveryAdminCommand_CalledByAGuestOrAStaffer_IsRefusedAndRevealsNothing()
    {
        var commands = _bot.Services.GetServices<IBotCommand>().Select(c => c.Card).Where(c => c.AdminOnly).Select(c => c.Name).ToList();
        Assert.True(commands.Count >= 10, string.Join(", ", commands));
        var guest = _bot.User("guest");
        var staff = await _bot.StaffAsync("staff");

        foreach (var person in new[] { guest, staff })
        {
            foreach (var command in commands)
            {
                var reply = await person.Says($"/{command} test:admin");
                Assert.Contains("Lệnh này không có hoặc đồng chí không có quyền", reply.Text);
                Assert.All(reply.Messages, m => Assert.Null(m.Message.File));
            }
        }
    }

    [Fact]
    public async Task OfficeFlows_AreNotOfferedToGuestsOrStaff()
    {
        var staff = await _bot.StaffAsync("staff");

        var menu = await staff.Says("/menu");

        Assert.DoesNotContain("🗂 Kiểm tra hồ sơ đề xuất", menu.Choices);
        Assert.DoesNotContain("📋 Nhập danh sách đại biểu", menu.Choices);
        Assert.Contains("không có quyền", (await staff.Says("/duyet")).Text);
    }

    [Fact]
    public async Task Retention_WhenNominationsAreNotKept_AnonymisesThem()
    {
        using var bot = NominationHarness.Create(
            new Dictionary<string, string?> { ["Privacy:KeepNominations"] = "false", ["Conference:Start"] = "2026-12-18T08:00" },
            services: s => s.AddScheduling());
        var staff = await bot.StaffAsync("ha");
        await staff.IndividualToReviewAsync();
        await staff.Presses("✅ Gửi hồ sơ");
        await bot.TickAsync();

        await bot.TickAtAsync(new DateTimeOffset(2027, 3, 19, 0, 0, 0, TimeSpan.FromHours(7)));

        var n = bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.Equal(NominationsRetention.Anonymised, n.Name);
        Assert.Null(n.BirthYear);
        Assert.Contains(await bot.FlushAsync(), m => m.Text.Contains("đã ẩn danh 1 hồ sơ"));
    }
}
