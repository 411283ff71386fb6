namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// The admin-command base: a slash command of the Văn phòng Sở, shown to and run by office admins only
/// (its <see cref="Card"/> is a <see cref="CommandCard.Office"/> card). A command made of sub-commands
/// ("/sankhau doi …", "/vanban quyetdinh") reads its first word with <see cref="SubCommand"/>.
/// </summary>
public abstract class OfficeCommand : IBotCommand
{
    /// <summary>The command's card, made with <see cref="CommandCard.Office"/>: admins only.</summary>
    public abstract CommandCard Card { get; }

    public string Name => Card.Name;

    public abstract Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken);

    /// <summary>
    /// The sub-command's word, folded as a choice is (lower case, no diacritics, no spaces: "Danh sách" → "danhsach"),
    /// and what follows it; both empty when nothing was typed.
    /// </summary>
    protected static (string Word, string Remainder) SubCommand(string arguments)
    {
        var parts = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (parts.Length > 0 ? Word(parts[0]) : "", parts.Length > 1 ? parts[1] : "");
    }

    /// <summary>One typed word folded as <see cref="SubCommand"/> does.</summary>
    protected static string Word(string typed) => ChoiceMatcher.Fold(typed).Replace(" ", "", StringComparison.Ordinal);
}
