using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.StaticFiles;

namespace HungYen.Bot.WebChat;

/// <summary>
/// The page and its two static files, embedded in the assembly (no CDN, no build step). The page's own words come from
/// <see cref="Vi.WebChat"/>, HTML-encoded into the template; every message is drawn by the script with textContent.
/// </summary>
public sealed class WebChatPage(IOptionsMonitor<BotOptions> bot)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly Lazy<string> PageHtml = new(Render);

    private static readonly Dictionary<string, string> Words = new()
    {
        ["Title"] = Vi.WebChat.PageTitle,
        ["Heading"] = Vi.WebChat.Heading,
        ["SubHeading"] = Vi.WebChat.SubHeading,
        ["NoScript"] = Vi.WebChat.NoScript,
        ["TextPlaceholder"] = Vi.WebChat.TextPlaceholder,
        ["Send"] = Vi.WebChat.Send,
        ["Attach"] = Vi.WebChat.Attach,
        ["PhoneLabel"] = Vi.WebChat.PhoneLabel,
        ["PhoneSend"] = Vi.WebChat.PhoneSend,
        ["PhoneHint"] = Vi.WebChat.PhoneHint,
        ["Download"] = Vi.WebChat.Download,
        ["Me"] = Vi.WebChat.Me,
        ["Bot"] = Vi.WebChat.Bot,
        ["Sending"] = Vi.WebChat.Sending,
        ["Retrying"] = Vi.WebChat.Retrying,
        ["Reconnecting"] = Vi.WebChat.Reconnecting,
        ["TooFast"] = Vi.WebChat.TooFast,
        ["SessionEnded"] = Vi.WebChat.SessionEnded,
    };

    public IResult Html() => Results.Content(PageHtml.Value, "text/html; charset=utf-8");

    public IResult Asset(string name) =>
        Results.Bytes(Read(name), name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");

    /// <summary>A message as the page receives it.</summary>
    public object View(WebChatMessage m) => new
    {
        id = m.Id,
        seq = m.Seq,
        version = m.Version,
        fromBot = m.FromBot,
        notice = m.IsNotice,
        text = m.Text,
        choices = m.Choices.Select(c => new { label = c.Label, data = c.Data }),
        phone = m.AsksPhone,
        file = m.FileId is null ? null : new { name = m.FileName, url = $"{WebChatEndpoints.Root}/api/files/{m.Id}", photo = m.IsPhoto },
        at = VietnameseDate.Time(VietnameseDate.ToLocal(m.At, bot.CurrentValue.GetTimeZone())),
    };

    public static string ContentType(string fileName) => ContentTypes.TryGetContentType(fileName, out var known) ? known : "application/octet-stream";

    private static string Render()
    {
        var html = System.Text.Encoding.UTF8.GetString(Read("index.html"));
        foreach (var (key, text) in Words)
        {
            html = html.Replace("{{" + key + "}}", Encoder.Encode(text), StringComparison.Ordinal);
        }

        return html;
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(WebChatPage).Assembly.GetManifestResourceStream("WebChat." + name)
            ?? throw new InvalidOperationException($"The web chat's {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
