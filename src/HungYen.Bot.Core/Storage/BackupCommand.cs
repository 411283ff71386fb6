namespace HungYen.Bot.Core.Storage;

/// <summary>/saoluu — an admin makes a consistent backup of the running database on the server (never sent in chat).</summary>
public sealed class BackupCommand(IStorageMaintenance storage, LocalTime local, ILogger<BackupCommand> logger) : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("saoluu", Vi.Storage.BackupCommandDescription, En.Commands.Backup);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        try
        {
            var report = storage.Backup(turn.Now);
            logger.LogInformation("Database backed up to {BackupFile} ({Bytes} bytes)", report.FileName, report.Bytes);
            turn.Say(Vi.Storage.BackedUp(local.Format(turn.Now), report.FileName, Vi.Storage.Size(report.Bytes)));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            logger.LogError("Backing up the database failed: {Error}", error.GetType().Name);
            turn.Say(Vi.Storage.BackupFailed);
        }

        return Task.CompletedTask;
    }
}
