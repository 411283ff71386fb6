using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Delegates.Office;
using HungYen.Bot.Core.Texts;
using MiniExcelLibs;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.WebChat;

/// <summary>With the web chat on, every printed or sent link opens the chat; the t.me link stays beside it when Telegram is set up.</summary>
public sealed class WebLinksTests
{
    private static readonly BotOptions Both = new() { Username = "HungYenBot", WebChatUrl = "https://bot.example.gov.vn/w" };
    private static readonly BotOptions WebOnly = new() { WebChatUrl = "https://bot.example.gov.vn/w" };
    private static readonly Delegate An = new() { Id = "dg0001", FullName = "Nguyễn Văn An", Organization = "Sở Tài chính", Token = "dm-Abc_123", InviteCode = "K7M2QX9P", CheckInCode = "Q9W8E7R6" };

    [Fact]
    public void GiayMoiWorkbook_CarriesTheWebLinkAndTheTelegramLinkBesideIt()
    {
        var row = (IDictionary<string, object>)MiniExcel.Query(new MemoryStream(InvitationPack.Workbook([An], Both)), useHeaderRow: true).Single();

        Assert.Equal("https://bot.example.gov.vn/w/dm-Abc_123", row[Vi.Delegates.ColumnLink]);
        Assert.Equal("https://t.me/HungYenBot?start=dm-Abc_123", row[Vi.WebChat.ColumnTelegramLink]);
        Assert.Equal("https://bot.example.gov.vn/w/dm-Abc_123", DelegateLinks.InvitePayload(An, Both)); // what the QR holds
    }

    [Fact]
    public void WebOnly_LinksPointAtTheChat_AndTheTelegramColumnStaysEmpty()
    {
        var row = (IDictionary<string, object>)MiniExcel.Query(new MemoryStream(InvitationPack.Workbook([An], WebOnly)), useHeaderRow: true).Single();

        Assert.Equal("", row[Vi.WebChat.ColumnTelegramLink]?.ToString() ?? "");
        Assert.Equal("https://bot.example.gov.vn/w/ci-Q9W8E7R6", DelegateLinks.CheckInPayload(An, WebOnly));
        Assert.Equal(["https://bot.example.gov.vn/w/unit-code"], StartLinks.All(WebOnly, "unit-code"));
        Assert.Equal("https://bot.example.gov.vn/w", StartLinks.General(WebOnly));
    }

    [Fact]
    public void WithoutTheWebChat_LinksAreAsBefore()
    {
        var telegram = new BotOptions { Username = "HungYenBot" };

        Assert.Equal("https://t.me/HungYenBot?start=dm-Abc_123", DelegateLinks.InviteLink(An, telegram));
        Assert.Equal(["https://t.me/HungYenBot?start=unit-code"], StartLinks.All(telegram, "unit-code"));
        Assert.Equal("K7M2QX9P", DelegateLinks.InvitePayload(An, new BotOptions()));
    }
}
