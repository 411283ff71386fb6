namespace HungYen.Bot.Core.Conversations;

/// <summary>A command as listed in the client's menu, in Vietnamese (default) and English.</summary>
public sealed record CommandEntry(string Name, string DescriptionVi, string DescriptionEn, bool AdminOnly);

/// <summary>
/// Every flow and feature command the bot has, looked up by name, and the list a channel should advertise: the global
/// commands, then the flows', then the features'.
/// </summary>
public sealed class CommandCatalog(IEnumerable<IConversationFlow> flows, IEnumerable<IBotCommand> commands)
{
    public static IReadOnlyList<CommandEntry> BuiltIn { get; } =
    [
        new("start", Vi.Commands.Start, En.Commands.Start, false),
        new("menu", Vi.Commands.Menu, En.Commands.Menu, false),
        new("cancel", Vi.Commands.Cancel, En.Commands.Cancel, false),
        new("id", Vi.Commands.Id, En.Commands.Id, false),
        new("help", Vi.Commands.Help, En.Commands.Help, false),
    ];

    public IReadOnlyList<IConversationFlow> Flows { get; } = [.. flows];

    public IReadOnlyList<IBotCommand> Commands { get; } = [.. commands];

    public IReadOnlyList<CommandEntry> All =>
    [
        .. BuiltIn,
        .. Flows.Where(f => f.Command is not null).Select(f => new CommandEntry(f.Command!, f.MenuLabel, f.CommandDescriptionEn ?? f.Name, false)),
        .. Commands.Select(c => c.Card).Where(c => c.Listed).Select(c => new CommandEntry(c.Name, c.DescriptionVi, c.DescriptionEn, c.AdminOnly)),
    ];

    /// <summary>
    /// The commands <paramref name="participant"/> may use, in the catalog's order: what /help lists and the client's
    /// command menu shows them (a guest's list is everyone's default menu).
    /// </summary>
    public IReadOnlyList<CommandEntry> For(Participant participant) =>
    [
        .. BuiltIn,
        .. Flows.Where(f => f.Command is not null && f.IsAvailableTo(participant)).Select(f => new CommandEntry(f.Command!, f.MenuLabel, f.CommandDescriptionEn ?? f.Name, false)),
        .. Commands.Select(c => c.Card).Where(c => c.Listed && c.IsFor(participant)).Select(c => new CommandEntry(c.Name, c.DescriptionVi, c.DescriptionEn, c.AdminOnly)),
    ];

    /// <summary>A guest's commands: everyone's default menu.</summary>
    public IReadOnlyList<CommandEntry> ForGuests => For(new Participant(default, null, false, []));

    public IConversationFlow? FlowNamed(string name) => Flows.FirstOrDefault(f => f.Name == name);

    /// <summary>The flow a slash command starts, if the person may use it.</summary>
    public IConversationFlow? FlowCommanded(string command, Participant user) =>
        Flows.FirstOrDefault(f => f.Command == command) is { } flow && flow.IsAvailableTo(user) ? flow : null;

    /// <summary>The feature command of that name, if the person may use it.</summary>
    public IBotCommand? Command(string name, Participant user) =>
        Commands.FirstOrDefault(c => c.Card.Name == name) is { } command && command.Card.IsFor(user) ? command : null;
}
