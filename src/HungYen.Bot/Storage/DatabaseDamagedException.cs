namespace HungYen.Bot.Storage;

/// <summary>
/// The database file cannot be trusted (damaged, or empty where a database was expected). The bot stops at start with
/// this message rather than run on a half-read file or silently start afresh.
/// </summary>
public sealed class DatabaseDamagedException(string path, string problem, Exception? inner = null)
    : Exception(
        $"The database file {path} {problem}. The bot will not start on it. Stop the bot, keep this file aside for " +
        $"inspection, restore the latest backup to {path} (see README, Hardening: back up and restore) and start again; " +
        "`dotnet HungYen.Bot.dll --check-db` checks a file without starting the bot.",
        inner)
{
    public string DatabasePath { get; } = path;
}
