using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Import;

/// <summary>
/// An office admin uploads the invitation list (CSV or XLSX). The turn refuses a file it cannot take (type, size, row
/// and inflated-size limits, missing columns) and stays; a fitting one is queued as a <see cref="DelegateImportJob"/>
/// and the flow ends: the job reports bad rows with row number and reason, imports the good ones, and sends the links,
/// codes and QR images to print on the Giấy mời (issue 14, point 6).
/// </summary>
public sealed class DelegateImportFlow : StagedFlow<DelegateImportFlow.State, DelegateImportFlow.Trigger, NoDraft>
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    private static readonly FileRule List = new(T.ImportSendFile, DelegateListReader.IsSupported, T.ImportWrongType, MaxFileBytes, T.ImportTooLarge);

    private readonly DelegateImportJob job;

    public DelegateImportFlow(DelegateImportJob job)
    {
        this.job = job;
        Stages =
        [
            Upload(State.AwaitingFile, T.ImportAskFile, List, Import, new(Trigger.Uploaded, State.Imported) { Then = (turn, _) => turn.EndFlow(), Does = "xếp việc nhập vào hàng đợi; việc nền báo kết quả, gửi đường dẫn và mã QR" }),
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

    protected override IReadOnlyList<Stage<State, Trigger, NoDraft>> Stages { get; }

    private string? Import(Turn turn, NoDraft draft, string name, byte[] content)
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

        try
        {
            var missing = DelegateListReader.MissingColumns(name, content);
            if (missing.Count > 0)
            {
                return T.ImportMissingColumns(missing.Select(T.ColumnTitle));
            }
        }
        catch (Exception error) when (error is InvalidDataException or FormatException or CsvHelper.CsvFormatException or IOException or InvalidOperationException)
        {
            return T.ImportUnreadable;
        }

        job.Queue(turn, name, content);
        return null;
    }
}
