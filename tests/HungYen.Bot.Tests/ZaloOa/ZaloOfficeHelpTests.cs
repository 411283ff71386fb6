using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeZaloOa;
using HungYen.Bot.Tests.Zalo;
using HungYen.Bot.ZaloOa;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.ZaloOa;

/// <summary>
/// Issue 16 point 6: Zalo has no command list, so an office admin there finds every office command in /help and every
/// task in the menu; the hints say "gõ số" where the channel has no buttons and "bấm nút" where it has.
/// </summary>
public sealed class ZaloOfficeHelpTests
{
    [Fact]
    public async Task ZaloBotAdmin_HelpListsEveryOfficeCommand_MenuEveryTask_AndHintsSayType()
    {
        await using var bot = await ZaloBot.StartAsync();
        var admin = Admin(bot.Services, new ChatAddress("zalo", ZaloBot.OfficeId));
        var catalog = bot.Services.GetRequiredService<CommandCatalog>();

        bot.Zalo.SendText(ZaloBot.OfficeId, "/help");
        await bot.Zalo.WaitForTextAsync(ZaloBot.OfficeId, "Hướng dẫn sử dụng");
        var lastCommand = catalog.For(admin)[^1].Name;
        await bot.Zalo.WaitForTextAsync(ZaloBot.OfficeId, "/" + lastCommand + " — ");
        var help = string.Concat(bot.Zalo.Sent.Where(m => m.ChatId == ZaloBot.OfficeId).Select(m => m.Text));

        Assert.All(catalog.For(admin), c => Assert.Contains($"/{c.Name} — ", help, StringComparison.Ordinal));
        Assert.Contains(catalog.For(admin), c => c.AdminOnly);
        Assert.Contains("gõ số thứ tự", help, StringComparison.Ordinal);
        Assert.DoesNotContain("bấm nút", help, StringComparison.Ordinal);

        bot.Zalo.SendText(ZaloBot.OfficeId, "/menu");
        var menu = await bot.Zalo.WaitForTextAsync(ZaloBot.OfficeId, Core.Texts.Vi.MenuPrompt);
        Assert.All(catalog.Flows.Where(f => f.IsAvailableTo(admin)), f => Assert.Contains(". " + f.MenuLabel, menu.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("bấm nút", menu.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OaAdmin_HelpListsEveryOfficeCommand_IncludingZns_AndHintsSayPress()
    {
        await using var bot = await OaBot.GivenStartedAsync(new Dictionary<string, string?> { ["ZaloOa:InvitationTemplateId"] = "tpl-giay-moi" });
        var oa = bot.Oa;
        var admin = Admin(bot.Services, new ChatAddress(ZaloOaChannel.ChannelName, OaBot.OfficeId));
        var catalog = bot.Services.GetRequiredService<CommandCatalog>();

        Assert.Equal(200, await oa.SendTextAsync(OaBot.OfficeId, "/help"));
        await oa.WaitForTextAsync(OaBot.OfficeId, "/" + catalog.For(admin)[^1].Name + " — ");
        var help = string.Concat(oa.Sent.Where(m => m.UserId == OaBot.OfficeId).Select(m => m.Text));

        Assert.All(catalog.For(admin), c => Assert.Contains($"/{c.Name} — ", help, StringComparison.Ordinal));
        Assert.Contains("/moi_zns — ", help, StringComparison.Ordinal);
        Assert.Contains("/zns_ketqua — ", help, StringComparison.Ordinal);
        Assert.Contains("bấm nút", help, StringComparison.Ordinal);

        Assert.Equal(200, await oa.SendTextAsync(OaBot.OfficeId, "/menu"));
        var menu = await oa.WaitForTextAsync(OaBot.OfficeId, Core.Texts.Vi.MenuPrompt);
        Assert.Contains(". Gửi Giấy mời qua tin nhắn mẫu Zalo (ZNS)", menu.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ZaloBotGuest_OpeningTheGiayMoi_IsAskedToTypeTheCode_NeverToPressTelegramsButton()
    {
        await using var bot = await ZaloBot.StartAsync();

        var menu = await bot.Zalo.SaysAsync("u3", "/menu", Core.Texts.Vi.MenuPrompt);
        var ask = await bot.Zalo.SaysAsync("u3", NumberOf(menu.Text!, Core.Texts.Vi.Delegates.MenuLabel), "Để mở Giấy mời");

        Assert.Contains("nhập mã Giấy mời gồm 8 ký tự", ask.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("bấm nút", ask.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Telegram", ask.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OaGuest_OpeningTheGiayMoi_IsAskedForThePhoneForm_NotTelegramsButton()
    {
        await using var bot = await OaBot.GivenStartedAsync();
        var oa = bot.Oa;

        Assert.Equal(200, await oa.SendTextAsync("u1", "/menu"));
        var menu = await oa.WaitForTextAsync("u1", Core.Texts.Vi.MenuPrompt);
        Assert.Equal(200, await oa.SendTextAsync("u1", NumberOf(menu.Text!, Core.Texts.Vi.Delegates.MenuLabel)));
        var ask = await oa.WaitForTextAsync("u1", "Để mở Giấy mời");

        Assert.Contains("gửi mẫu «Chia sẻ số điện thoại» bên dưới (số điện thoại Zalo", ask.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Telegram", ask.Text, StringComparison.Ordinal);
        await oa.WaitForAsync(m => m.UserId == "u1" && m.PhoneForm);
    }

    /// <summary>Which numbered entry of the menu carries <paramref name="label"/>.</summary>
    private static string NumberOf(string menu, string label) =>
        menu.Split('\n').First(l => l.EndsWith(". " + label, StringComparison.Ordinal) || l.Contains(". " + label, StringComparison.Ordinal)).Split('.')[0].Trim();

    private static Participant Admin(IServiceProvider services, ChatAddress address)
    {
        var admin = services.GetRequiredService<ParticipantResolver>().Resolve(address, null);
        Assert.True(admin.IsAdmin);
        return admin;
    }
}
