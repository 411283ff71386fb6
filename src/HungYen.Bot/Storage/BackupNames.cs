namespace HungYen.Bot.Storage;

/// <summary>
/// A backup's file name: the moment it was taken in Vietnamese date order and local time, as other file names
/// ("hungyen-bot-07-12-2026-09-30-05.db"); names from before ("hungyen-bot-20261207-093005.db") are still recognised, so
/// the rotation keeps the newest of both by their moment, not by how the names sort.
/// </summary>
public static class BackupNames
{
    public const string Prefix = "hungyen-bot-";

    public const string Extension = ".db";

    private const string Format = "dd-MM-yyyy-HH-mm-ss";

    private const string OldFormat = "yyyyMMdd-HHmmss";

    public static string For(DateTime local) => Prefix + local.ToString(Format, CultureInfo.InvariantCulture) + Extension;

    /// <summary>When the backup of that name was taken (local time); null for a file the bot did not name (a manual copy).</summary>
    public static DateTime? TakenAt(string path)
    {
        var name = Path.GetFileName(path);
        if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.EndsWith(Extension, StringComparison.Ordinal))
        {
            return null;
        }

        var stamp = name[Prefix.Length..^Extension.Length];
        return DateTime.TryParseExact(stamp, [Format, OldFormat], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;
    }

    /// <summary>The bot's backups in <paramref name="folder"/>, newest first, old-named ones among them by their moment.</summary>
    public static IReadOnlyList<string> Newest(string folder) =>
        [.. Directory.GetFiles(folder, Prefix + "*" + Extension)
            .Select(path => (Path: path, At: TakenAt(path)))
            .Where(b => b.At is not null)
            .OrderByDescending(b => b.At)
            .Select(b => b.Path)];
}
