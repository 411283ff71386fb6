using W = HungYen.Bot.Core.Texts.Vi.Workbooks;

namespace HungYen.Bot.Core.Nominations.Export;

/// <summary>One entry of the archive: where it sits (the list's group folder, STT and name) and the dossier it comes from.</summary>
public sealed record ReportEntry(string Path, Nomination Nomination, long Size);

/// <summary>A dossier of the list that has no file in the archive: none attached, or too large for one part.</summary>
public sealed record ReportLeftOut(string Group, int Number, Nomination Nomination, bool TooLarge);

/// <summary>
/// Every báo cáo thành tích of the Danh sách as .zip parts: a folder per group of the list ("1. Bằng khen … – Tập thể"),
/// each file named by its STT in that group and the nominee's name, in the list's order, names in NFC. A part stays under
/// <paramref name="partBytes"/> (Telegram takes 50 MB from a bot), so a large set is split into several parts.
/// </summary>
public static class ReportArchive
{
    private const int EntryOverhead = 1024; // the local and central headers of one entry, with its name, generously

    public static (IReadOnlyList<IReadOnlyList<ReportEntry>> Parts, IReadOnlyList<ReportLeftOut> LeftOut) Plan(IEnumerable<Nomination> nominations, IRecordReader store, long partBytes)
    {
        var entries = new List<ReportEntry>();
        var leftOut = new List<ReportLeftOut>();
        var folder = 0;
        foreach (var group in NominationExport.Ordered(nominations).GroupBy(n => (n.Award, n.Kind)))
        {
            var name = W.Group(group.Key.Award, group.Key.Kind);
            var path = $"{++folder}. {SafeName(name)}";
            var number = 0;
            foreach (var n in group)
            {
                number++;
                if (n.FileId is null || store.FileLength(n.FileId) is not { } size)
                {
                    leftOut.Add(new ReportLeftOut(name, number, n, TooLarge: false));
                }
                else if (size + EntryOverhead > partBytes)
                {
                    leftOut.Add(new ReportLeftOut(name, number, n, TooLarge: true));
                }
                else
                {
                    var extension = System.IO.Path.GetExtension(n.FileName ?? "").ToLowerInvariant();
                    entries.Add(new ReportEntry($"{path}/{number.ToString("00", CultureInfo.InvariantCulture)}. {SafeName(n.Name)}{extension}", n, size));
                }
            }
        }

        var parts = new List<IReadOnlyList<ReportEntry>>();
        var current = new List<ReportEntry>();
        long used = EntryOverhead;
        foreach (var entry in entries)
        {
            if (current.Count > 0 && used + entry.Size + EntryOverhead > partBytes)
            {
                parts.Add(current);
                (current, used) = ([], EntryOverhead);
            }

            current.Add(entry);
            used += entry.Size + EntryOverhead;
        }

        if (current.Count > 0)
        {
            parts.Add(current);
        }

        return (parts, leftOut);
    }

    /// <summary>Writes one part; the files are stored as they are (PDF and DOCX are compressed already).</summary>
    public static byte[] Write(IEnumerable<ReportEntry> part, IRecordReader store)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8))
        {
            foreach (var entry in part)
            {
                var content = store.ReadFile(entry.Nomination.FileId!)?.Content ?? [];
                using var target = zip.CreateEntry(entry.Path, CompressionLevel.NoCompression).Open();
                target.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A name fit for a file on Windows and in a zip: NFC, no path or reserved characters, not too long.</summary>
    public static string SafeName(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            text.Append(char.IsControl(c) || "\\/:*?\"<>|".Contains(c, StringComparison.Ordinal) ? '-' : c);
        }

        var safe = text.ToString().Trim().TrimEnd('.');
        return safe.Length <= 120 ? safe : safe[..120].TrimEnd();
    }
}
