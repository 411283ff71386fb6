namespace HungYen.Bot.Core.Nominations;

/// <summary>
/// Why the bot itself moved a nomination (not the office's own words, which stay in <see cref="StatusChange.Note"/>):
/// <see cref="StatusChange.Reason"/> stores its name, the texts word it (Vi.Dossier.ChangeNote).
/// </summary>
public enum StatusReason
{
    /// <summary>The unit sent an edited dossier again.</summary>
    Edited,
}
