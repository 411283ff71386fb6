using MiniExcelLibs;
using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Office;

/// <summary>
/// What the office prints on the Giấy mời: a workbook with every delegate's link and invitation code, and a zip with one
/// QR image per delegate, named by row number and code so each image is matched to its line.
/// </summary>
public static class InvitationPack
{
    public const string WorkbookName = Vi.Workbooks.InvitationLinksFile;
    public const string QrArchiveName = Vi.Workbooks.InvitationQrFile;

    public static IReadOnlyList<Delegate> Ordered(IEnumerable<Delegate> delegates) =>
        [.. delegates.Where(d => d.SubstituteFor is null).OrderBy(d => d.Organization, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)).ThenBy(d => d.FullName, NameRules.PersonOrder)];

    public static byte[] Workbook(IReadOnlyList<Delegate> ordered, BotOptions links)
    {
        var rows = ordered.Select((d, i) => new Dictionary<string, object?>
        {
            [T.ColumnNumber] = i + 1,
            [T.ColumnName] = SpreadsheetCell.Safe(d.FullName),
            [T.ColumnPosition] = SpreadsheetCell.Safe(d.Position),
            [T.ColumnOrganization] = SpreadsheetCell.Safe(d.Organization),
            [T.ColumnPhone] = d.Phone,
            [T.ColumnGroup] = SpreadsheetCell.Safe(d.Group),
            [T.ColumnInviteCode] = d.InviteCode,
            [T.ColumnLink] = DelegateLinks.InviteLink(d, links) ?? "",
            [Vi.WebChat.ColumnTelegramLink] = StartLinks.Web(links, d.Token) is null ? "" : StartLinks.Telegram(links, d.Token) ?? "",
            [T.ColumnQrFile] = QrFileName(i + 1, d),
        });
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    public static byte[] QrArchive(IReadOnlyList<Delegate> ordered, BotOptions links)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                var entry = zip.CreateEntry(QrFileName(i + 1, ordered[i]), CompressionLevel.Optimal);
                using var target = entry.Open();
                target.Write(DelegateLinks.QrPng(DelegateLinks.InvitePayload(ordered[i], links)));
            }
        }

        return stream.ToArray();
    }

    public static string QrFileName(int number, Delegate @delegate) => $"{number:D3}-{@delegate.InviteCode}.png";
}
