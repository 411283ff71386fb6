namespace HungYen.Bot.Storage;

/// <summary>Section "Storage".</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Path of the LiteDB file; relative paths are taken from the working directory.</summary>
    [Required(ErrorMessage = "Storage:DatabasePath is required (e.g. data/hungyen-bot.db).")]
    public string DatabasePath { get; set; } = "data/hungyen-bot.db";

    /// <summary>Folder of the backups /saoluu makes while running; relative paths are taken from the working directory.</summary>
    public string BackupFolder { get; set; } = "data/backups";

    /// <summary>How many backups are kept; older ones are deleted (they carry personal data, erased people's too).</summary>
    [Range(1, 365, ErrorMessage = "Storage:BackupsToKeep must be between 1 and 365.")]
    public int BackupsToKeep { get; set; } = 7;
}
