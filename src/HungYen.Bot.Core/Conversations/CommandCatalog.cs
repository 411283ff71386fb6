using HungYen.Bot.Core.Texts;

namespace HungYen.Bot.Core.Conversations;

/// <summary>A command as listed in the client's menu, in Vietnamese (default) and English.</summary>
public sealed record CommandEntry(string Name, string DescriptionVi, string DescriptionEn, bool AdminOnly);

/// <summary>The commands a channel should advertise: the engine's own, then the features'.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandEntry> BuiltIn { get; } =
    [
        new("start", Vi.Commands.Start, "Start and see what you can do", false),
        new("menu", Vi.Commands.Menu, "Show the menu", false),
        new("cancel", Vi.Commands.Cancel, "Cancel the current step", false),
        new("id", Vi.Commands.Id, "Show your user id", false),
        new("help", Vi.Commands.Help, "Help", false),
    ];

    public static IReadOnlyList<CommandEntry> All(IEnumerable<IBotCommand> features, IEnumerable<IConversationFlow> flows) =>
    [
        .. BuiltIn,
        .. flows.Where(f => f.Command is not null).Select(f => new CommandEntry(f.Command!, f.MenuLabel, f.CommandDescriptionEn ?? f.Name, false)),
        .. features.Select(c => new CommandEntry(c.Name, c.DescriptionVi, c.DescriptionEn, c.AdminOnly)),
    ];
}
