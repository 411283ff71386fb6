using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Delegates.Office;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Spreadsheets;
using HungYen.Bot.Core.Texts;
using Microsoft.Extensions.Options;
using Stateless;
using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Import;

/// <summary>
/// An office admin uploads the invitation list (CSV or XLSX). Bad rows come back with row number and reason, good rows
/// are imported, and the office gets the links, codes and QR images to print on the Giấy mời.
/// </summary>
public sealed class DelegateImportFlow(IOptionsMonitor<BotOptions> bot, IOptionsMonitor<DelegatesOptions> options, Time.LocalTime local)
    : StatelessFlow<DelegateImportFlow.State, DelegateImportFlow.Trigger>
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

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

    public override string Name => "delegate-import";

    public override string MenuLabel => T.ImportMenuLabel;

    protected override State Initial => State.Idle;

    public override bool IsAvailableTo(Participant participant) => participant.IsAdmin;

    public override Task StartAsync(Turn turn, CancellationToken cancellationToken) => MachineFor(turn).FireAsync(Trigger.Begin);

    public override async Task HandleAsync(Turn turn, UserInput input, CancellationToken cancellationToken)
    {
        if (input is not { Kind: InputKind.File, File: { } file })
        {
            RejectInput(turn, T.ImportSendFile);
            return;
        }

        var name = file.FileName ?? "";
        if (!DelegateListReader.IsSupported(name))
        {
            RejectInput(turn, T.ImportWrongType);
            return;
        }

        if (file.Size > MaxFileBytes)
        {
            RejectInput(turn, T.ImportTooLarge);
            return;
        }

        var content = await turn.DownloadAsync(file, cancellationToken).ConfigureAwait(false);
        var check = UploadedWorkbookGuard.Check(name, content);
        if (check != UploadCheck.Fits)
        {
            RejectInput(turn, check switch
            {
                UploadCheck.TooManyRows => Vi.Uploads.TooManyRows(UploadedWorkbookGuard.MaxRows),
                UploadCheck.TooLarge => Vi.Uploads.InflatesTooLarge(UploadedWorkbookGuard.MaxInflatedBytes),
                _ => T.ImportUnreadable,
            });
            return;
        }

        IReadOnlyList<ListRow> rows;
        try
        {
            var (read, missing) = DelegateListReader.Read(name, content);
            if (missing.Count > 0)
            {
                RejectInput(turn, T.ImportMissingColumns(missing.Select(T.ColumnTitle)));
                return;
            }

            rows = read;
        }
        catch (Exception error) when (error is InvalidDataException or FormatException or CsvHelper.CsvFormatException or IOException or InvalidOperationException)
        {
            RejectInput(turn, T.ImportUnreadable);
            return;
        }

        var result = DelegateImporter.Import(turn.Store, turn.Changes, rows, options.CurrentValue.EffectiveGroups, turn.Now);
        await MachineFor(turn).FireAsync(new StateMachine<State, Trigger>.TriggerWithParameters<ImportResult>(Trigger.Uploaded), result).ConfigureAwait(false);
    }

    protected override void Configure(StateMachine<State, Trigger> machine, Turn? turn)
    {
        var uploaded = machine.SetTriggerParameters<ImportResult>(Trigger.Uploaded);

        machine.Configure(State.Idle)
            .Permit(Trigger.Begin, State.AwaitingFile);

        machine.Configure(State.AwaitingFile)
            .OnEntry(() => Ask(turn!, State.AwaitingFile))
            .Permit(Trigger.Uploaded, State.Imported);

        machine.Configure(State.Imported)
            .OnEntryFrom(uploaded, r => Report(turn!, r), "báo kết quả, gửi đường dẫn và mã QR");
    }

    protected override void Ask(Turn turn, State state) => turn.Ask(T.ImportAskFile, CommonChoices.Cancel);

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
