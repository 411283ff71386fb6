using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>
/// The wizard's báo cáo thành tích stage (its question): a PDF, DOC or DOCX checked for size and signature, the blank form on request,
/// or nothing. When a file is attached already (an edit from the review, Back), the question names it and offers to
/// keep or remove it, and a new file is said to replace it.
/// </summary>
public sealed class AttachmentStage(IOptionsMonitor<NominationsOptions> options, IOptionsMonitor<Awards.AwardsOptions> awards)
{
    private const string Keep = "skip"; // the same data as «Bỏ qua»: nothing changes
    private const string Remove = "remove";
    private const string Form = "form";

    private static readonly string[] AllowedExtensions = [".pdf", ".doc", ".docx"];

    private int MaxMegabytes => options.CurrentValue.MaxFileMegabytes;

    public Prompt Ask(NominationDraft draft) =>
        draft.FileId is null
            ? new Prompt(T.AskAttachment(MaxMegabytes), new Choice(T.Skip, Keep), new Choice(Texts.Vi.ReportForm.Choice, Form))
            : new Prompt(T.AskReplaceAttachment(draft.FileName ?? T.NoFile, MaxMegabytes), new Choice(T.KeepFile, Keep), new Choice(T.RemoveFile, Remove), new Choice(Texts.Vi.ReportForm.Choice, Form));

    public async ValueTask<string?> AcceptAsync(Turn turn, NominationDraft draft, UserInput input, CancellationToken ct)
    {
        if (input.IsChoice(Keep))
        {
            return null;
        }

        if (input.IsChoice(Remove) && draft.FileId is { } removed)
        {
            turn.DropUpload(removed); // an upload of this draft is deleted; a submitted nomination's file stays until saved
            turn.Say(T.FileRemoved(draft.FileName ?? ""));
            (draft.FileId, draft.FileName) = (null, null);
            return null;
        }

        if (input.IsChoice(Form))
        {
            var form = Awards.Documents.AchievementReportForm.Create(awards.CurrentValue, draft, NominationCard.UnitNames(turn.Store)(turn.User.Role<UnitStaffRole>()?.UnitCode ?? ""));
            turn.SendFile(Texts.Vi.ReportForm.Caption, Texts.Vi.ReportForm.FileName(draft.Award), form);
            return Texts.Vi.ReportForm.Sent;
        }

        if (input.Kind != InputKind.File)
        {
            return draft.FileId is null ? T.NeedFile : T.NeedFileOrKeep(draft.FileName ?? "");
        }

        var file = input.File!;
        if (file.Size == 0)
        {
            return T.EmptyFile;
        }

        var max = MaxMegabytes * 1024L * 1024L;
        var extension = Path.GetExtension(file.FileName ?? "").ToLowerInvariant();
        if (!AllowedExtensions.Contains(extension))
        {
            return T.WrongFileType;
        }

        if (file.Size > max)
        {
            return T.FileTooLarge(MaxMegabytes);
        }

        var content = await turn.DownloadAsync(file, ct);
        if (content.Length == 0)
        {
            return T.EmptyFile;
        }

        if (content.Length > max)
        {
            return T.FileTooLarge(MaxMegabytes);
        }

        if (!HasExpectedSignature(extension, content))
        {
            return T.WrongFileType;
        }

        if (UploadAllowance.Refusal(turn, options.CurrentValue, draft.FileId, content.Length) is { } full)
        {
            return full;
        }

        if (draft.FileId is { } replaced)
        {
            turn.DropUpload(replaced); // the draft's earlier upload is superseded (a submitted nomination's file stays until saved)
        }

        var id = $"nomination/{Guid.NewGuid():N}";
        var name = Path.GetFileName(file.FileName!);
        turn.SaveUpload(new StoredFile(id, name, content));
        turn.Say(draft.FileId is null ? T.FileReceivedNamed(name) : T.FileReplaced(name, draft.FileName ?? ""));
        draft.FileId = id;
        draft.FileName = name;
        return null;
    }

    /// <summary>The file must be what its name says: PDF, an OLE document (DOC) or a ZIP package (DOCX).</summary>
    private static bool HasExpectedSignature(string extension, byte[] content) => extension switch
    {
        ".pdf" => content.AsSpan().StartsWith("%PDF"u8),
        ".doc" => content.AsSpan().StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }),
        _ => content.AsSpan().StartsWith("PK\u0003\u0004"u8),
    };
}
