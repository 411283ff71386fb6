using DocumentFormat.OpenXml.Wordprocessing;
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
        using var docx = context.Open(DocumentKind.Invitation, T.InvitationKind, T.InvitationSummary(conference.Title));
        docx.Add(T.InvitationOpening(awards.AgencyName), Look.Body);
        docx.Add(T.InvitationGuest(@delegate.FullName), new Look(14, Bold: true, Align: JustificationValues.Center));
        var role = string.Join(", ", new[] { @delegate.Position, @delegate.Organization }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (role.Length > 0)
        {
            docx.Add(role, new Look(14, Align: JustificationValues.Center, AfterPt: 6));
        }

        docx.Add(T.InvitationTo(conference.Title), Look.Body);
        if (!string.IsNullOrWhiteSpace(awards.Director.Name))
        {
            docx.Add([new Span(T.ChairLabel, Bold: true), new Span(T.InvitationChair(awards.Director.Name))], Look.Body);
        }

        docx.Add([new Span(T.TimeLabel, Bold: true), new Span((conference.Start is { } s ? $"{T.Time(s)}, {T.LongDate(s)}" : T.AnnouncedLater) + ".")], Look.Body);
        docx.Add([new Span(T.PlaceLabel, Bold: true), new Span((conference.Venue ?? T.AnnouncedLater) + ".")], Look.Body);
        var deadline = conference.RsvpDeadline is { } r ? VietnameseDate.DateTime(r) : null;
        docx.Add(T.InvitationAnswer(deadline, @delegate.InviteCode, officeName, context.OfficePhone), Look.Body);
        docx.Add(T.InvitationClosing, Look.Body);
        context.Sign(docx, DocumentKind.Invitation, T.InvitationRecipients);
        docx.Picture(DelegateLinks.QrPng(DelegateLinks.InvitePayload(@delegate, bot)), 28, "qr-" + @delegate.InviteCode, JustificationValues.Left);
        docx.Add(T.InviteCodeLine(@delegate.InviteCode), new Look(11, Italic: true));
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
