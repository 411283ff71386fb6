using System.Xml;

namespace HungYen.Bot.Core.Spreadsheets;

/// <summary>What <see cref="UploadedWorkbookGuard"/> found in an uploaded table before any reader opened it.</summary>
public enum UploadCheck
{
    Fits,
    TooManyRows,
    TooLarge,
    Unreadable,
}

/// <summary>
/// Looks an uploaded table over before a reader loads it. An .xlsx is a zip, and one megabyte of zip can inflate to a
/// gigabyte of sheet XML: so the sizes the zip declares are added up first, then every part is inflated through a
/// counter that stops at the limit while the sheets' rows are counted as they stream by. Neither time nor memory grows
/// with what the zip holds, only with the limits.
/// </summary>
public static class UploadedWorkbookGuard
{
    /// <summary>The most an .xlsx may inflate to, all parts together (a list of thousands of people is a few MB).</summary>
    public const long MaxInflatedBytes = 64L * 1024 * 1024;

    /// <summary>The most rows an uploaded table may have.</summary>
    public const int MaxRows = 10_000;

    private const int MaxParts = 1_000;

    public static UploadCheck Check(string fileName, byte[] content, int maxRows = MaxRows, long maxInflatedBytes = MaxInflatedBytes) =>
        fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? CheckCsv(content, maxRows) : CheckXlsx(content, maxRows, maxInflatedBytes);

    private static UploadCheck CheckCsv(byte[] content, int maxRows)
    {
        var lines = 1;
        foreach (var b in content)
        {
            // '\n' is the line end in UTF-8, Windows-1258 and (as the low byte) UTF-16; a quoted cell may hold one too,
            // which only makes the count err on the safe side.
            if (b == (byte)'\n' && ++lines > maxRows + 1)
            {
                return UploadCheck.TooManyRows;
            }
        }

        return UploadCheck.Fits;
    }

    private static UploadCheck CheckXlsx(byte[] content, int maxRows, long maxInflatedBytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxParts)
            {
                return UploadCheck.TooLarge;
            }

            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (entry.Length < 0 || declared > maxInflatedBytes)
                {
                    return UploadCheck.TooLarge; // refused from the directory alone, without inflating a byte
                }
            }

            // The declared sizes may lie: inflate for real, through a counter that stops at what is left of the budget.
            var budget = maxInflatedBytes;
            var rows = 0;
            foreach (var entry in zip.Entries)
            {
                using var inflated = new BoundedStream(entry.Open(), budget);
                if (IsSheet(entry.FullName))
                {
                    rows += CountRows(inflated, maxRows - rows);
                    if (rows > maxRows)
                    {
                        return UploadCheck.TooManyRows;
                    }
                }

                inflated.CopyTo(Stream.Null);
                budget -= inflated.BytesRead;
            }

            return UploadCheck.Fits;
        }
        catch (BoundedStream.LimitReachedException)
        {
            return UploadCheck.TooLarge;
        }
        catch (Exception error) when (error is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            return UploadCheck.Unreadable;
        }
    }

    private static bool IsSheet(string part) =>
        part.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && part.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Counts the sheet's &lt;row&gt; elements, stopping as soon as there are more than <paramref name="allowed"/>.</summary>
    private static int CountRows(Stream sheet, int allowed)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, CloseInput = false };
        using var reader = XmlReader.Create(sheet, settings);
        var rows = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row" && ++rows > allowed)
            {
                break;
            }
        }

        return rows;
    }

    /// <summary>A read-only stream that throws once more than its limit has been read through it.</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => BytesRead;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            if (BytesRead > limit)
            {
                throw new LimitReachedException();
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        public sealed class LimitReachedException : Exception
        {
            public LimitReachedException()
                : base("The upload inflates beyond the limit.")
            {
            }
        }
    }
}
