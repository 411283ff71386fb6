using LiteDB;

namespace HungYen.Bot.Storage;

/// <summary>
/// Checks a LiteDB file before the bot relies on it: LiteDB takes a zero-length file for a new database and reads
/// pages lazily, so a damaged page would otherwise surface in the middle of someone's turn, or never.
/// </summary>
public static class DatabaseIntegrity
{
    /// <summary>Refuses a file that exists but is empty: a database that was there and is gone is not a new one.</summary>
    public static void RefuseEmpty(string path)
    {
        if (File.Exists(path) && new FileInfo(path).Length == 0)
        {
            throw new DatabaseDamagedException(path, "is empty (0 bytes) although a database was expected there; if a new, empty database is really wanted, delete the file");
        }
    }

    private const int PageSize = 8192;
    private const string HeaderInfo = "** This is a LiteDB file **";

    /// <summary>
    /// Checks the data file's pages before LiteDB reads it: the header's signature, whole pages only, and every page
    /// carrying its own number (a zeroed or overwritten page does not). While a log file holds writes not yet
    /// checkpointed, pages may legitimately be missing from the data file, so only the header is checked then.
    /// </summary>
    public static void ScanPages(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var log = LogPath(path);
        var pendingLog = File.Exists(log) && new FileInfo(log).Length > 0;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (file.Length % PageSize != 0 && !pendingLog)
        {
            throw new DatabaseDamagedException(path, $"is cut short ({file.Length} bytes is not a whole number of {PageSize}-byte pages)");
        }

        var page = new byte[PageSize];
        for (long number = 0; number < file.Length / PageSize; number++)
        {
            file.ReadExactly(page);
            if (number == 0 && (BitConverter.ToUInt32(page, 0) != 0 || System.Text.Encoding.ASCII.GetString(page, 32, HeaderInfo.Length) != HeaderInfo))
            {
                throw new DatabaseDamagedException(path, "has a damaged header (it does not start as a LiteDB database)");
            }

            if (pendingLog)
            {
                return;
            }

            if (BitConverter.ToUInt32(page, 0) != number)
            {
                throw new DatabaseDamagedException(path, $"is damaged (page {number} is zeroed or overwritten)");
            }
        }
    }

    /// <summary>LiteDB's log file beside the database file at <paramref name="path"/>.</summary>
    public static string LogPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    /// <summary>Reads every document of every collection and every stored file; returns what was read.</summary>
    public static DatabaseCensus Verify(LiteDatabase db, string path)
    {
        try
        {
            var documents = 0L;
            foreach (var name in db.GetCollectionNames().ToList())
            {
                var collection = db.GetCollection(name);
                foreach (var document in collection.FindAll())
                {
                    documents += document.Keys.Count > 0 ? 1 : 0;
                }

                // Each secondary index is walked too: its pages are read only when a query uses it.
                foreach (var index in db.GetCollection("$indexes").Find(Query.EQ("collection", name)).Select(i => i["name"].AsString).Where(n => n != "_id").ToList())
                {
                    _ = collection.Find(Query.All(index)).Count();
                }
            }

            var files = 0L;
            var bytes = 0L;
            foreach (var info in db.FileStorage.FindAll().ToList())
            {
                using var content = info.OpenRead();
                var buffer = new byte[81920];
                int read;
                while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
                {
                    bytes += read;
                }

                files++;
            }

            return new DatabaseCensus(documents, files, bytes);
        }
        catch (Exception error) when (error is LiteException or IOException or InvalidCastException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or OverflowException or NullReferenceException)
        {
            throw new DatabaseDamagedException(path, $"is damaged ({error.GetType().Name}: {error.Message})", error);
        }
    }
}

/// <summary>What an integrity check read.</summary>
public sealed record DatabaseCensus(long Documents, long Files, long FileBytes);
