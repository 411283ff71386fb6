namespace HungYen.Bot.Testing;

/// <summary>A LiteDB file in the temp folder for one test or measurement; disposing deletes it and its log.</summary>
public sealed class TempDatabase(string prefix) : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}.db");

    /// <summary>The file and its log: LiteDB keeps recent writes in the log until a checkpoint, both are the database on disk.</summary>
    public IReadOnlyList<string> Files => [Path, Path.Replace(".db", "-log.db", StringComparison.Ordinal)];

    public long BytesOnDisk => Files.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    public void Dispose()
    {
        foreach (var file in Files)
        {
            File.Delete(file);
        }
    }
}
