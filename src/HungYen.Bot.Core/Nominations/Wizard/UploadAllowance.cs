using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>
/// How much báo cáo thành tích one person, and one unit, may keep in the store (Nominations:MaxStoredMegabytesPerPerson,
/// …PerUnit): the files of their nominations and of the draft in progress, less the one a new upload replaces.
/// </summary>
public static class UploadAllowance
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>Why a new file of <paramref name="size"/> bytes cannot be kept, or null when it fits.</summary>
    public static string? Refusal(Turn turn, NominationsOptions options, string? replacedFileId, long size)
    {
        var person = turn.User.Address.ToString();
        var drafts = Turn.UploadsIn(turn.Session.Draft).Concat(turn.Session.SetAside.Values.SelectMany(kept => kept.Uploads)).ToList();
        var own = turn.Store.Query<Nomination>(n => n.SubmittedBy == person && n.FileId != null).Select(n => n.FileId!);
        if (Bytes(turn.Store, own.Concat(drafts), replacedFileId) + size > options.MaxStoredMegabytesPerPerson * Megabyte)
        {
            return T.PersonStorageFull(options.MaxStoredMegabytesPerPerson);
        }

        if (turn.User.Role<UnitStaffRole>()?.UnitCode is { } unit)
        {
            var units = turn.Store.Query<Nomination>(n => n.UnitCode == unit && n.FileId != null).Select(n => n.FileId!);
            if (Bytes(turn.Store, units.Concat(drafts), replacedFileId) + size > options.MaxStoredMegabytesPerUnit * Megabyte)
            {
                return T.UnitStorageFull(options.MaxStoredMegabytesPerUnit);
            }
        }

        return null;
    }

    private static long Bytes(IRecordReader store, IEnumerable<string> files, string? replaced) =>
        files.Distinct(StringComparer.Ordinal).Where(id => id != replaced).Sum(id => store.FileLength(id) ?? 0);
}
