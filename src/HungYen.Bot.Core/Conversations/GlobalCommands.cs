namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// The slash commands: the global ones (/start, /help, /cancel, /id, /menu) here and only here, then the command that
/// starts a flow, then a feature's command; and the welcome.
/// </summary>
public sealed class GlobalCommands(CommandCatalog catalog, ConversationMenu menu, StartCodes startCodes)
{
    public async Task RunAsync(Turn turn, string text, CancellationToken ct)
    {
        var space = text.IndexOfAny([' ', '\n']);
        var name = (space < 0 ? text[1..] : text[1..space]).ToLowerInvariant();
        var at = name.IndexOf('@');
        if (at >= 0)
        {
            name = name[..at]; // "/start@HungYenBot" in groups
        }

        var arguments = space < 0 ? "" : text[(space + 1)..].Trim();
        switch (name)
        {
            case "start":
                if (arguments.Length > 0 && await startCodes.TryHandleAsync(turn, arguments, ct).ConfigureAwait(false))
                {
                    return;
                }

                Welcome(turn);
                return;
            case "help":
                turn.Say(Vi.Help([.. catalog.For(turn.User).Skip(CommandCatalog.BuiltIn.Count).Select(c => (c.Name, c.DescriptionVi))]));
                if (menu.ActiveFlow(turn) is not null)
                {
                    turn.Say(Vi.HelpCurrentStep);
                    menu.Reprompt(turn);
                }

                return;
            case "cancel":
                menu.Cancel(turn);
                return;
            case "id":
                turn.Say(Vi.YourId(turn.User.Address.ToString()));
                return;
            case "menu":
                menu.Show(turn);
                return;
        }

        if (catalog.FlowCommanded(name, turn.User) is { } flow)
        {
            await ConversationMenu.StartAsync(turn, flow, ct, arguments).ConfigureAwait(false);
            return;
        }

        if (catalog.Command(name, turn.User) is not { } command)
        {
            turn.Say(Vi.UnknownCommand);
            menu.Reprompt(turn);
            return;
        }

        await command.ExecuteAsync(turn, arguments, ct).ConfigureAwait(false);
    }

    public void Welcome(Turn turn)
    {
        // Once a person is identified as a delegate, the greeting uses the name on the list, not the account's name.
        var lines = new List<string> { Vi.Welcome(turn.User.Role<Delegates.DelegateRole>()?.FullName ?? turn.User.DisplayName) };
        if (turn.User.IsAdmin)
        {
            lines.Add(Vi.AdminCapabilities);
        }

        lines.AddRange(turn.User.Roles.Select(r => r.Describe()));
        if (turn.User.IsGuest)
        {
            lines.Add(Vi.GuestCapabilities);
        }

        turn.Say(string.Join("\n\n", lines));
        if (menu.ActiveFlow(turn) is not null)
        {
            turn.Say(Vi.HelpCurrentStep);
            menu.Reprompt(turn);
            return;
        }

        menu.Show(turn);
    }
}
