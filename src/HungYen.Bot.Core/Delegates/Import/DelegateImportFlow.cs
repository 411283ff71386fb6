using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Delegates.Office;
using HungYen.Bot.Core.Spreadsheets;
using HungYen.Bot.Core.Texts;
using Microsoft.Extensions.Options;
using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Import;

/// <summary>
/// An office admin uploads the invitation list (CSV or XLSX). Bad rows come back with row number and reason, good rows
/// are imported, and the office gets the links, codes and QR images to print on the Giấy mời.
/// </summary>
public sealed class DelegateImportFlow : StagedFlow<DelegateImportFlow.State, DelegateImportFlow.Trigger, DelegateImportDraft>
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    private static readonly FileRule List = new(T.ImportSendFile, DelegateListReader.IsSupported, T.ImportWrongType, MaxFileBytes, T.ImportTooLarge);

    private readonly IOptionsMonitor<BotOptions> bot;
    private readonly IOptionsMonitor<DelegatesOptions> options;
    private readonly Time.LocalTime local;

    public DelegateImportFlow(IOptionsMonitor<BotOptions> bot, IOptionsMonitor<DelegatesOptions> options, Time.LocalTime local)
    {
        this.bot = bot;
        this.options = options;
        this.local = local;
        Stages =
        [
            Upload(State.AwaitingFile, T.ImportAskFile, List, Import, new(Trigger.Uploaded, State.Imported) { Then = (turn, d) => Report(turn, d.Result!), Does = "báo kết quả, gửi đường dẫn và mã QR" }),
        ];
    }

    public enum State
    {
        Idle,
        AwaitingFile,
        Imported,
    }

    public enum Trigger
    {
        Begin,
        Uploaded,
    }

    protected override FlowCard Card { get; } = new("delegate-import", T.ImportMenuLabel) { IsFor = p => p.IsAdmin };

    protected override FlowStart<State, Trigger> Start { get; } = new(State.Idle, Trigger.Begin);

    protected override IReadOnlyList<Stage<State, Trigger, DelegateImportDraft>> Stages { get; }

    private string? Import(Turn turn, DelegateImportDraft draft, string name, byte[] content)
    {
        var check = UploadedWorkbookGuard.Check(name, content);
        if (check != UploadCheck.Fits)
        {
            return check switch
            {
                UploadCheck.TooManyRows => Vi.Uploads.TooManyRows(UploadedWorkbookGuard.MaxRows),
                UploadCheck.TooLarge => Vi.Uploads.InflatesTooLarge(UploadedWorkbookGuard.MaxInflatedBytes),
                _ => T.ImportUnreadable,
            };
        }

        IReadOnlyList<ListRow> rows;
        try
        {
            var (read, missing) = DelegateListReader.Read(name, content);
            if (missing.Count > 0)
            {
                return T.ImportMissingColumns(missing.Select(T.ColumnTitle));
            }

            rows = read;
        }
        catch (Exception error) when (error is InvalidDataException or FormatException or CsvHelper.CsvFormatException or IOException or InvalidOperationException)
        {
            return T.ImportUnreadable;
        }

        draft.Result = DelegateImporter.Import(turn.Store, turn.Changes, rows, options.CurrentValue.EffectiveGroups, turn.Now);
        return null;
    }

    private void Report(Turn turn, ImportResult result)
    {
        turn.Say(T.ImportReport(result.Added, result.Updated, result.Problems.Select(p => (p.RowNumber, p.Reason)).ToList())
            + Texts.Vi.ImportReview.Report(
                [.. (result.Missing ?? []).Select(d => Texts.Vi.ImportReview.MissingLine(d.FullName, d.Organization, d.InviteCode))],
                [.. (result.PossibleDuplicates ?? []).Select(p => Texts.Vi.ImportReview.DuplicateLine(p.Row, p.Existing.FullName, p.Existing.Organization, p.Existing.InviteCode))],
                [.. (result.Held ?? []).Select(h => Texts.Vi.ImportReview.HeldLine(h.Row, h.Erased.FullName, h.Erased.Organization, local.FormatDate(h.Erased.ErasedAt!.Value), h.Erased.InviteCode))]));
        turn.EndFlow();
        if (result.Added + result.Updated == 0)
        {
            return;
        }

        // The pack covers the whole list as it will be after this import, so the office always prints from one file.
        var merged = DelegateDirectory.All(turn.Store).ToDictionary(d => d.Id);
        foreach (var changed in turn.Changes.Upserts.OfType<Delegate>())
        {
            merged[changed.Id] = changed;
        }

        InvitationPackCommand.Send(turn, merged.Values, bot.CurrentValue);
    }
}
