using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Files;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HungYen.Bot.Tests.Zalo;

/// <summary>Signed download links: bound to the file, the recipient and the expiry.</summary>
public sealed class FileLinksTests
{
    private static readonly ChatAddress Recipient = new("zalo", "e4ea01");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Check_IntendedRecipientBeforeExpiry_IsValid()
    {
        var links = CreateSut();
        var link = Parts(links.Create("file-1", Recipient));

        _clock.Advance(TimeSpan.FromHours(71));

        Assert.Equal("https://bot.example.gov.vn/files/file-1", link.Path);
        Assert.Equal(FileLinkCheck.Valid, links.Check("file-1", link.To, link.Exp, link.Sig));
    }

    [Fact]
    public void Check_AfterLifetime_IsExpired()
    {
        var links = CreateSut();
        var link = Parts(links.Create("file-1", Recipient));

        _clock.Advance(TimeSpan.FromHours(72) + TimeSpan.FromSeconds(1));

        Assert.Equal(FileLinkCheck.Expired, links.Check("file-1", link.To, link.Exp, link.Sig));
    }

    [Fact]
    public void Check_AnotherRecipient_IsInvalid()
    {
        var links = CreateSut();
        var link = Parts(links.Create("file-1", Recipient));

        Assert.Equal(FileLinkCheck.Invalid, links.Check("file-1", "zalo:someone-else", link.Exp, link.Sig));
        Assert.Equal(FileLinkCheck.Invalid, links.Check("file-1", "telegram:e4ea01", link.Exp, link.Sig));
    }

    [Fact]
    public void Check_TamperedFileExpiryOrSignature_IsInvalid()
    {
        var links = CreateSut();
        var link = Parts(links.Create("file-1", Recipient));
        var laterExpiry = (long.Parse(link.Exp, System.Globalization.CultureInfo.InvariantCulture) + 86400).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var otherSignature = (link.Sig[0] == 'A' ? "B" : "A") + link.Sig[1..];

        Assert.Equal(FileLinkCheck.Invalid, links.Check("file-2", link.To, link.Exp, link.Sig));
        Assert.Equal(FileLinkCheck.Invalid, links.Check("file-1", link.To, laterExpiry, link.Sig));
        Assert.Equal(FileLinkCheck.Invalid, links.Check("file-1", link.To, link.Exp, otherSignature));
        Assert.Equal(FileLinkCheck.Invalid, links.Check("file-1", link.To, link.Exp, null));
    }

    [Fact]
    public void Check_LinkSignedWithAnotherKey_IsInvalid()
    {
        var link = Parts(CreateSut("another-signing-key-0123456789abcdef").Create("file-1", Recipient));

        Assert.Equal(FileLinkCheck.Invalid, CreateSut().Check("file-1", link.To, link.Exp, link.Sig));
    }

    internal static (string Path, string To, string Exp, string Sig) Parts(Uri link)
    {
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        return (link.GetLeftPart(UriPartial.Path), query["to"]!, query["exp"]!, query["sig"]!);
    }

    private FileLinks CreateSut(string key = "test-signing-key-0123456789abcdef-0123") =>
        new(Options.Create(new WebOptions { PublicBaseUrl = "https://bot.example.gov.vn/", LinkSigningKey = key, LinkLifetimeHours = 72 }), _clock);
}
