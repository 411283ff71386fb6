using System.Globalization;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Storage;
using Microsoft.Extensions.Options;
using D = HungYen.Bot.Core.Nominations.Wizard.NominationDraft;
using State = HungYen.Bot.Core.Nominations.Wizard.NominationWizardFlow.State;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>
/// Checks one answer of the wizard and, when it is good, keeps it in the draft. Returns the Vietnamese hint to re-ask
/// with, or null. Kept apart from the machine so that the machine's guards stay free of side effects.
/// </summary>
public sealed class NominationAnswers(IOptionsMonitor<NominationsOptions> options, TimeProvider clock)
{
    private static readonly string[] AllowedExtensions = [".pdf", ".doc", ".docx"];

    public NominationsOptions Options => options.CurrentValue;

    public int OldestBirthYear => 1940;

    public int YoungestBirthYear => clock.GetUtcNow().Year - 18;

    public async Task<string?> AcceptAsync(Turn turn, State state, UserInput input, CancellationToken ct)
    {
        var s = turn.Session;
        var text = input.Kind == InputKind.Text ? input.Value.Trim() : null;
        switch (state)
        {
            case State.Award when input.Kind == InputKind.Choice && Enum.TryParse<AwardLevel>(input.Value, out var award):
                s.Set(D.Award, award.ToString());
                return null;
            case State.Kind when input.Kind == InputKind.Choice && Enum.TryParse<NomineeKind>(input.Value, out var kind):
                s.Set(D.Kind, kind.ToString());
                s.Set(D.Editing, null); // a new kind means its own fields: walk them all
                return null;
            case State.Gender when input.IsChoice("Nam") || input.IsChoice("Nữ"):
                s.Set(D.Gender, input.Value);
                return null;
            case State.Movement when input.Kind == InputKind.Choice && input.Value.StartsWith("m:", StringComparison.Ordinal)
                && int.TryParse(input.Value[2..], CultureInfo.InvariantCulture, out var index) && index >= 0 && index < Options.Movements.Count:
                s.Set(D.Movement, Options.Movements[index]);
                return null;
            case State.Attachment when input.IsChoice("skip"):
                return null;
            case State.Attachment when input.Kind == InputKind.File:
                return await AcceptFileAsync(turn, input, ct);
            case State.Declaration when input.IsChoice("declare"):
                s.Set(D.Declared, "1");
                return null;
            case State.FullName when text is not null:
                var name = NameRules.Normalise(text);
                return Keep(s, D.Name, name, NameRules.IsPersonName(name) ? null : T.NeedPersonName);
            case State.Head when text is not null:
                var head = NameRules.Normalise(text);
                return Keep(s, D.Head, head, NameRules.IsPersonName(head) ? null : T.NeedPersonName);
            case State.BirthYear when text is not null:
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= OldestBirthYear && year <= YoungestBirthYear
                    ? Keep(s, D.BirthYear, year.ToString(CultureInfo.InvariantCulture), null)
                    : T.NeedYear(OldestBirthYear, YoungestBirthYear);
            case State.Position when text is not null:
                return ShortText(s, D.Position, text);
            case State.Workplace when text is not null:
                return ShortText(s, D.Workplace, text);
            case State.CollectiveName when text is not null:
                return ShortText(s, D.Name, text);
            case State.Summary when text is not null:
                return text.Length < Options.SummaryMinLength ? T.SummaryTooShort(Options.SummaryMinLength)
                    : text.Length > Options.SummaryMaxLength ? T.SummaryTooLong(Options.SummaryMaxLength)
                    : Keep(s, D.Summary, text, null);
            case State.Attachment:
                return T.NeedFile;
            case State.Declaration:
                return T.NeedDeclaration;
            default:
                return Texts.Vi.ChooseFromList;
        }
    }

    private static string? Keep(Conversations.ConversationSession s, string field, string value, string? problem)
    {
        if (problem is null)
        {
            s.Set(field, value);
        }

        return problem;
    }

    private static string? ShortText(Conversations.ConversationSession s, string field, string text)
    {
        var tidy = NameRules.NormaliseTitle(text);
        return tidy.Length is 0 or > 200 ? T.NeedText : Keep(s, field, tidy, null);
    }

    private async Task<string?> AcceptFileAsync(Turn turn, UserInput input, CancellationToken ct)
    {
        var file = input.File!;
        var max = Options.MaxFileMegabytes * 1024L * 1024L;
        var extension = Path.GetExtension(file.FileName ?? "").ToLowerInvariant();
        if (!AllowedExtensions.Contains(extension))
        {
            return T.WrongFileType;
        }

        if (file.Size > max)
        {
            return T.FileTooLarge(Options.MaxFileMegabytes);
        }

        var content = await turn.DownloadAsync(file, ct);
        if (content.Length > max)
        {
            return T.FileTooLarge(Options.MaxFileMegabytes);
        }

        if (!HasExpectedSignature(extension, content))
        {
            return T.WrongFileType;
        }

        var id = $"nomination/{Guid.NewGuid():N}";
        turn.Changes.SaveFile(new StoredFile(id, Path.GetFileName(file.FileName!), content));
        turn.Session.Set(D.FileId, id);
        turn.Session.Set(D.FileName, Path.GetFileName(file.FileName!));
        turn.Say(T.FileReceived);
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
