using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Tests.Support;
using static HungYen.Bot.Tests.Delegates.DelegateTestBed;

namespace HungYen.Bot.Tests.Delegates;

/// <summary>Issue 19, point 12: typing another delegate's invited phone number does not tell whether it is on the list.</summary>
public sealed class PhoneProbeTests
{
    [Fact]
    public async Task OwnPhoneEdit_AnotherDelegatesNumber_AnsweredAsAnyNumber_NotSaved_OfficeTold()
    {
        using var bot = Create(new() { ["Conference:Start"] = "2026-12-18T08:00" });
        var an = await bot.GivenAnInvitedDelegateAsync();
        await an.Presses("✅ Tham dự");
        await an.Presses("✏️ Sửa thông tin");
        await an.Says("Nguyễn Văn An");
        await an.Says("Phó Chủ tịch");

        var unknown = await an.Says("0983 111 222"); // Trần Thị Bình's invited number
        Assert.DoesNotContain("đại biểu khác", unknown.Text);
        Assert.Contains("• Số điện thoại: 0983111222", unknown.Text);
        await an.Presses("✅ Xác nhận");

        Assert.Equal("0912345678", Find(bot, "Nguyễn Văn An").Phone);
        Assert.Contains(bot.InboxOf(ChatHarness.AdminId), m => m.Text.Contains("đã nhập số điện thoại 0983111222, là số của đại biểu Trần Thị Bình"));
        Assert.DoesNotContain(an.Inbox, m => m.Text.Contains("Trần Thị Bình"));
    }
}
