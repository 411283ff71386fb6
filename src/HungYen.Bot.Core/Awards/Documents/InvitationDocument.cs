using System.IO.Compression;
using DocumentFormat.OpenXml.Wordprocessing;
using HungYen.Bot.Core.Conference;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Formats;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;
using T = HungYen.Bot.Core.Texts.Vi.Documents;

namespace HungYen.Bot.Core.Awards.Documents;

/// <summary>
/// Giấy mời (Mẫu 1.7), one personalised copy per delegate under one số: whom, to what, chaired by whom, when, where,
/// and how to answer; the delegate's QR code and invitation code under Nơi nhận, outside the thể thức areas.
/// </summary>
public static class InvitationDocument
{
    public static byte[] Create(DocumentContext context, ConferenceFacts conference, Delegate @delegate, BotOptions bot, string officeName)
    {
        var awards = context.Awards;
        using var docx = new OfficialDocx();
        docx.Header(awards.ParentAgency, awards.Agency, context.NumberLine(DocumentKind.Invitation), context.DateLine(DocumentKind.Invitation));
        docx.Title(T.InvitationKind, T.InvitationSummary(conference.Title));
        docx.Add($"{awards.AgencyName} tỉnh Hưng Yên trân trọng kính mời:", Look.Body);
        docx.Add($"Đồng chí {@delegate.FullName}", new Look(14, Bold: true, Align: JustificationValues.Center));
        var role = string.Join(", ", new[] { @delegate.Position, @delegate.Organization }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (role.Length > 0)
        {
            docx.Add(role, new Look(14, Align: JustificationValues.Center, AfterPt: 6));
        }

        docx.Add($"Tới dự {conference.Title}.", Look.Body);
        if (!string.IsNullOrWhiteSpace(awards.Director.Name))
        {
            docx.Add([new Span("Chủ trì: ", Bold: true), new Span($"đồng chí {awards.Director.Name}, Giám đốc Sở.")], Look.Body);
        }

        docx.Add([new Span("Thời gian: ", Bold: true), new Span(conference.Start is { } s ? $"{T.Time(s)}, {T.LongDate(s)}." : "sẽ thông báo sau.")], Look.Body);
        docx.Add([new Span("Địa điểm: ", Bold: true), new Span((conference.Venue ?? "sẽ thông báo sau") + ".")], Look.Body);
        var deadline = conference.RsvpDeadline is { } r ? $" trước {VietnameseDate.DateTime(r)}" : "";
        docx.Add($"Đề nghị đồng chí xác nhận tham dự{deadline} bằng cách quét mã QR kèm theo hoặc nhắn mã mời {@delegate.InviteCode} cho HungYen.Bot. Thông tin liên hệ: {officeName}{(string.IsNullOrWhiteSpace(context.OfficePhone) ? "" : $", điện thoại {context.OfficePhone}")}.", Look.Body);
        docx.Add("Rất mong đồng chí đến dự đúng thời gian./.", Look.Body);
        var (authority, name) = context.Signer(DocumentKind.Invitation);
        docx.Signature(["- Như trên;", T.Keep], authority, name);
        docx.Picture(DelegateLinks.QrPng(DelegateLinks.InvitePayload(@delegate, bot)), 28, "qr-" + @delegate.InviteCode, JustificationValues.Left);
        docx.Add($"Mã mời: {@delegate.InviteCode}", new Look(11, Italic: true));
        return docx.ToBytes();
    }

    /// <summary>Every delegate's copy in one .zip, named "001 - Nguyễn Văn An.docx" in the list's order.</summary>
    public static byte[] Archive(DocumentContext context, ConferenceFacts conference, IReadOnlyList<Delegate> delegates, BotOptions bot, string officeName)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < delegates.Count; i++)
            {
                var entry = zip.CreateEntry(EntryName(i + 1, delegates[i]), CompressionLevel.Optimal);
                using var target = entry.Open();
                target.Write(Create(context, conference, delegates[i], bot, officeName));
            }
        }

        return stream.ToArray();
    }

    public static string EntryName(int number, Delegate @delegate)
    {
        var safe = new string([.. @delegate.FullName.Where(c => !Path.GetInvalidFileNameChars().Contains(c))]).Trim();
        return $"{number:D3} - {(safe.Length == 0 ? @delegate.InviteCode : safe)}.docx";
    }
}
