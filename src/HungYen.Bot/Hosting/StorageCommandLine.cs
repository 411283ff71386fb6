namespace HungYen.Bot.Hosting;

/// <summary>
/// The storage's command-line modes, run instead of the bot: <c>--check-db [path]</c> reads a database file in full
/// and says whether it is sound; <c>--backup &lt;target&gt;</c> copies the (stopped) bot's database consistently.
/// </summary>
public static class StorageCommandLine
{
    public const string CheckSwitch = "--check-db";
    public const string BackupSwitch = "--backup";

    /// <summary>Runs a storage mode if <paramref name="args"/> asks for one; returns its exit code, or null to run the bot.</summary>
    public static int? TryRun(string[] args, TextWriter output, TextWriter errors)
    {
        var check = Array.IndexOf(args, CheckSwitch);
        var backup = Array.IndexOf(args, BackupSwitch);
        if (check < 0 && backup < 0)
        {
            return null;
        }

        try
        {
            if (check >= 0)
            {
                var path = Argument(args, check) ?? ConfiguredPath(args);
                if (!File.Exists(path))
                {
                    errors.WriteLine($"No database file at {Path.GetFullPath(path)}.");
                    return 2;
                }

                using var store = LiteDbRecordStore.Open(path);
                var census = store.Census();
                output.WriteLine($"OK: {store.DatabasePath} is sound: {census.Documents} records, {census.Files} stored files ({census.FileBytes} bytes).");
                return 0;
            }

            var target = Argument(args, backup);
            if (target is null)
            {
                errors.WriteLine("--backup needs the file to write, e.g. --backup /backups/hungyen-bot-02-12-2026.db");
                return 2;
            }

            using (var store = LiteDbRecordStore.Open(ConfiguredPath(args)))
            {
                var bytes = store.BackupTo(target);
                output.WriteLine($"OK: {store.DatabasePath} backed up to {Path.GetFullPath(target)} ({bytes} bytes), the copy checked.");
            }

            return 0;
        }
        catch (DatabaseDamagedException error)
        {
            errors.WriteLine("DAMAGED: " + error.Message);
            return 1;
        }
        catch (IOException error)
        {
            errors.WriteLine($"The database could not be read or written ({error.GetType().Name}: {error.Message}); is the bot still running on it?");
            return 2;
        }
    }

    /// <summary>The damaged-database error behind a failed start, if that is why it failed.</summary>
    public static DatabaseDamagedException? Damage(Exception error) => error switch
    {
        DatabaseDamagedException damaged => damaged,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Damage).FirstOrDefault(d => d is not null),
        { InnerException: { } inner } => Damage(inner),
        _ => null,
    };

    private static string? Argument(string[] args, int at) => at + 1 < args.Length && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1] : null;

    private static string ConfiguredPath(string[] args)
    {
        var configuration = BotHost.CreateBuilder([BotHost.ConsoleSwitch, .. args.Where(a => a is not CheckSwitch and not BackupSwitch)]).Configuration;
        return configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.DatabasePath)}"] ?? new StorageOptions().DatabasePath;
    }
}
