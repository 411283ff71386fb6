namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// Decides what an update means. The precedence, written down once, first match wins:
/// <list type="number">
/// <item>the personal-data notice (<see cref="ConsentGate"/>): until it is accepted nothing else runs; accepting it
/// goes on with the start code it held back, or the welcome;</item>
/// <item>a button that stands for a command ("/…" on reminders and notices): the same as typing the command;</item>
/// <item>a button of the last question: refused when stale (another stamp, or not among the choices), else taken as
/// that choice (the pressed message is edited to show it);</item>
/// <item>a typed slash command (<see cref="GlobalCommands"/>: the global ones, then a flow's, then a feature's);</item>
/// <item>a typed reply matching a choice of the latest message with choices (<see cref="TypedReply"/>, by
/// <see cref="ChoiceMatcher"/>: number, label, its beginning or a word of it): a notice's choice runs its command, the
/// current question's is taken as that choice; one that fits several: the candidates are listed, the question asked
/// again; a number that belongs to an older question only: refused, and the current question asked again;</item>
/// <item>input of a kind no step takes (a sticker, a photo): said so, and the question asked again;</item>
/// <item>anything else goes to the active flow, if there is one;</item>
/// <item>else a start code typed alone (<see cref="StartCodes"/>);</item>
/// <item>else "not understood" and the menu.</item>
/// </list>
/// A choice (pressed or typed) is, in turn: cancel, resume, a menu entry (starts that flow), else the active flow's.
/// </summary>
public sealed class TurnRouter(ConsentGate consent, GlobalCommands commands, StartCodes startCodes, ConversationMenu menu)
{
    public async Task RouteAsync(Turn turn, CancellationToken ct)
    {
        switch (consent.Check(turn))
        {
            case ConsentOutcome.Handled:
                return;
            case ConsentOutcome.JustGranted:
                if (ConsentGate.TakeStartCode(turn) is { } code && await startCodes.TryHandleAsync(turn, code, ct).ConfigureAwait(false))
                {
                    return;
                }

                commands.Welcome(turn);
                return;
        }

        var update = turn.Update;
        if (update.Button is { Data: ['/', ..] } commandButton)
        {
            await commands.RunAsync(turn, commandButton.Data, ct).ConfigureAwait(false);
            return;
        }

        if (update.Button is { } button)
        {
            if (!Turn.TryParseStamped(button.Data, out var stamp, out var value) || stamp != turn.Session.Stamp
                || turn.Session.Choices.FirstOrDefault(c => c.Data == value) is not { } choice)
            {
                turn.ButtonNotice = Vi.StaleButton;
                return;
            }

            if (button.MessageId is { } messageId && turn.Session.PromptText is { } prompt)
            {
                turn.EditPressedMessage(messageId, Vi.Chosen(prompt, choice.Label));
            }

            await OnChoiceAsync(turn, choice.Data, ct).ConfigureAwait(false);
            return;
        }

        var text = update.Text?.Trim();
        if (text is { Length: > 1 } && text[0] == '/')
        {
            await commands.RunAsync(turn, text, ct).ConfigureAwait(false);
            return;
        }

        var reply = text is null ? TypedReply.None : TypedReply.Resolve(turn, text);
        switch (reply.Kind)
        {
            case TypedReplyKind.Choice:
                await OnChoiceAsync(turn, reply.Data!, ct).ConfigureAwait(false);
                return;
            case TypedReplyKind.Command:
                await commands.RunAsync(turn, reply.Data!, ct).ConfigureAwait(false);
                return;
            case TypedReplyKind.Ambiguous:
                turn.Say(Vi.Journeys.AmbiguousAnswer(text!, reply.Candidates!));
                menu.Reprompt(turn);
                return;
            case TypedReplyKind.Stale:
                turn.Say(Vi.Journeys.StaleNumber(text!, reply.Candidates!));
                menu.Reprompt(turn);
                return;
        }

        UserInput? input = update switch
        {
            { Contact: { } contact } => new UserInput(InputKind.Contact, contact.PhoneNumber, Contact: contact),
            { File: { } file } => new UserInput(InputKind.File, file.FileName ?? "", File: file),
            { Text: { } t } => UserInput.Text(t),
            _ => null,
        };
        if (input is null)
        {
            turn.Say(Vi.UnsupportedInput);
            menu.Reprompt(turn);
            return;
        }

        if (menu.ActiveFlow(turn) is { } flow)
        {
            await flow.HandleAsync(turn, input, ct).ConfigureAwait(false);
            return;
        }

        if (input.Kind == InputKind.Text && await startCodes.TryHandleAsync(turn, input.Value, ct).ConfigureAwait(false))
        {
            return;
        }

        menu.NotUnderstood(turn);
    }

    private async Task OnChoiceAsync(Turn turn, string data, CancellationToken ct)
    {
        if (data == ConversationMenu.CancelData)
        {
            menu.Cancel(turn);
            return;
        }

        if (data == ConversationMenu.ResumeData)
        {
            menu.Reprompt(turn);
            return;
        }

        if (ConversationMenu.MenuEntry(data) is { } flowName)
        {
            await menu.StartChosenAsync(turn, flowName, ct).ConfigureAwait(false);
            return;
        }

        if (menu.ActiveFlow(turn) is { } active)
        {
            await active.HandleAsync(turn, UserInput.Chosen(data), ct).ConfigureAwait(false);
            return;
        }

        menu.NotUnderstood(turn);
    }
}
