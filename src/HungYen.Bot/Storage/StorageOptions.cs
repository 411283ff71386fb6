using System.ComponentModel.DataAnnotations;

namespace HungYen.Bot.Storage;

/// <summary>Section "Storage".</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Path of the LiteDB file; relative paths are taken from the working directory.</summary>
    [Required(ErrorMessage = "Storage:DatabasePath is required (e.g. data/hungyen-bot.db).")]
    public string DatabasePath { get; set; } = "data/hungyen-bot.db";
}
