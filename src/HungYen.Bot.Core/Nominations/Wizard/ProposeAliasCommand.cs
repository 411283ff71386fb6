namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>/decu — the old name of /dexuat, kept so links and habits keep working; starts the same wizard. Not listed: the official term is đề xuất, so /help and the menus show only /dexuat.</summary>
public sealed class ProposeAliasCommand(NominationWizardFlow wizard) : IBotCommand
{
    public CommandCard Card { get; } = new("decu", Texts.Vi.Nominations.AliasCommand, Texts.En.Commands.Nominate) { IsFor = wizard.IsAvailableTo, Listed = false };

    public Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken) => ConversationMenu.StartAsync(turn, wizard, cancellationToken);
}
