namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// Who a feature command is, declared once: its name without the slash (lower-case Latin letters, digits and
/// underscores: Telegram's rule), its description in Vietnamese (the menu and /help), its description in English (from
/// <see cref="Texts.En.Commands"/>, for clients set to English), and who may use it.
/// </summary>
public sealed record CommandCard(string Name, string DescriptionVi, string DescriptionEn)
{
    /// <summary>Whether this person may see and run the command; by default everyone.</summary>
    public Func<Participant, bool> IsFor { get; init; } = _ => true;

    /// <summary>Whether the command is the office's: shown to and run by office admins only (<see cref="Office"/>).</summary>
    public bool AdminOnly { get; private init; }

    /// <summary>False for an old alias kept so links and habits keep working: it runs, but /help and menus do not show it.</summary>
    public bool Listed { get; init; } = true;

    /// <summary>A command of the Văn phòng Sở: for office admins only.</summary>
    public static CommandCard Office(string name, string descriptionVi, string descriptionEn) =>
        new(name, descriptionVi, descriptionEn) { IsFor = p => p.IsAdmin, AdminOnly = true };
}
