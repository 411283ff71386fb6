using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Options;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Privacy;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Core.Text;
using HungYen.Bot.Core.Texts;
using HungYen.Bot.Core.Time;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// Handles every incoming update: exactly once (by update key), one at a time per person, loading the session once
/// and committing it once together with everything the turn wrote and sent. Global commands live here and only here.
/// </summary>
public sealed class ConversationEngine : IUpdateSink
{
    private const string MenuPrefix = "menu:";
    private const string CancelData = "cancel";
    private const string ResumeData = "resume";

    private readonly IRecordStore _store;
    private readonly IReadOnlyList<IConversationFlow> _flows;
    private readonly IReadOnlyList<IBotCommand> _commands;
    private readonly IReadOnlyList<IStartCodeHandler> _startCodes;
    private readonly ParticipantResolver _participants;
    private readonly ConsentGate _consent;
    private readonly ChannelRegistry _channels;
    private readonly OutboxSignal _signal;
    private readonly TimeProvider _clock;
    private readonly IOptionsMonitor<OfficeOptions> _office;
    private readonly LocalTime _local;
    private readonly CodeAttemptThrottle _throttle;
    private readonly ILogger<ConversationEngine> _logger;
    private readonly KeyedLock _locks = new();

    public ConversationEngine(
        IRecordStore store,
        IEnumerable<IConversationFlow> flows,
        IEnumerable<IBotCommand> commands,
        IEnumerable<IStartCodeHandler> startCodes,
        ParticipantResolver participants,
        ConsentGate consent,
        ChannelRegistry channels,
        OutboxSignal signal,
        TimeProvider clock,
        IOptionsMonitor<OfficeOptions> office,
        LocalTime local,
        CodeAttemptThrottle throttle,
        ILogger<ConversationEngine> logger)
    {
        _store = store;
        _flows = [.. flows];
        _commands = [.. commands];
        _startCodes = [.. startCodes];
        _participants = participants;
        _consent = consent;
        _channels = channels;
        _signal = signal;
        _clock = clock;
        _office = office;
        _local = local;
        _throttle = throttle;
        _logger = logger;
    }

    public IReadOnlyList<IConversationFlow> Flows => _flows;

    public IReadOnlyList<IBotCommand> Commands => _commands;

    public async Task HandleAsync(IncomingUpdate update, CancellationToken cancellationToken)
    {
        if (_store.WasProcessed(update.UpdateKey))
        {
            _logger.LogInformation("Update {UpdateKey} was already applied; skipping the re-delivery", update.UpdateKey);
            await AnswerButtonAsync(update, null).ConfigureAwait(false);
            return;
        }

        // issue 14 (who is speaking): only a private chat acts on a person's behalf; groups get at most a pointer.
        if (!PrivateChatGuard.ActsForPerson(update))
        {
            _store.Commit(PrivateChatGuard.Refusal(update, _clock.GetUtcNow()));
            _signal.Notify();
            await AnswerButtonAsync(update, PrivateChatGuard.ButtonNotice(update)).ConfigureAwait(false);
            return;
        }

        string? notice;
        using (await _locks.AcquireAsync(update.User.ToString(), cancellationToken).ConfigureAwait(false))
        {
            if (_store.WasProcessed(update.UpdateKey))
            {
                return;
            }

            ChangeSet changes;
            try
            {
                var turn = CreateTurn(Clean(update));
                await DispatchAsync(turn, cancellationToken).ConfigureAwait(false);
                turn.Session.UpdatedAt = turn.Now;
                if (turn.DiscardSession)
                {
                    turn.Changes.Delete<ConversationSession>(turn.Session.Id);
                }
                else
                {
                    turn.Changes.Upsert(turn.Session);
                }

                changes = turn.Changes;
                notice = turn.ButtonNotice;
                changes.ProcessedUpdateKey = update.UpdateKey;
                _store.Commit(changes);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Nothing of the failed turn is kept; the person is told, the failure recorded, the update not retried.
                _logger.LogError("Handling update {UpdateKey} failed: {Error}", update.UpdateKey, error.GetType().Name);
                changes = Failure(update, error);
                notice = null;
                try
                {
                    _store.Commit(changes);
                }
                catch (Exception storeError) when (storeError is not OperationCanceledException)
                {
                    // issue 14: not even the failure could be stored: the update must not be acknowledged (the channel
                    // delivers it again) and nothing is sent, since nothing of this turn was stored.
                    throw new StorageUnavailableException(storeError);
                }
            }

            // Keys and counts only: names, phone numbers and chat ids never go to the log.
            _logger.LogDebug("Update {UpdateKey} applied: {Writes} writes, {Messages} messages", update.UpdateKey, changes.Upserts.Count, changes.Outbox.Count);
        }

        _signal.Notify();
        await AnswerButtonAsync(update, notice).ConfigureAwait(false);
    }

    private ChangeSet Failure(IncomingUpdate update, Exception error)
    {
        var changes = new ChangeSet { ProcessedUpdateKey = update.UpdateKey };
        changes.Upsert(new FailedUpdate { Id = update.UpdateKey, User = update.User.ToString(), Text = InputText.Clean(update.Text), Error = error.ToString(), At = _clock.GetUtcNow() });
        changes.Enqueue(OutboxMessage.For(update.Chat, new OutgoingMessage(Vi.InternalError), _clock.GetUtcNow()));
        return changes;
    }

    private static IncomingUpdate Clean(IncomingUpdate update) => update with
    {
        Text = InputText.Clean(update.Text),
        DisplayName = InputText.Clean(update.DisplayName),
        Contact = update.Contact is { } c ? c with { PhoneNumber = InputText.Clean(c.PhoneNumber) ?? "", Name = InputText.Clean(c.Name) } : null,
        File = update.File is { } f ? f with { FileName = InputText.Clean(f.FileName) } : null,
    };

    private Turn CreateTurn(IncomingUpdate update)
    {
        var session = _store.Find<ConversationSession>(update.User.ToString()) ?? ConversationSession.New(update.User);
        var participant = _participants.Resolve(update.User, update.DisplayName);
        var turn = new Turn(update, participant, session, _store, _clock, _office.CurrentValue, _channels.Find(update.Chat.Channel));
        if (_store.Find<Reachability>(update.Chat.ToString()) is { Unreachable: true })
        {
            turn.Changes.Delete<Reachability>(update.Chat.ToString()); // they wrote to us: reachable again
        }

        return turn;
    }

    private async Task DispatchAsync(Turn turn, CancellationToken ct)
    {
        switch (_consent.Check(turn))
        {
            case ConsentOutcome.Handled:
                return;
            case ConsentOutcome.JustGranted:
                if (ConsentGate.TakeStartCode(turn) is { } code && await TryStartCodeAsync(turn, code, ct).ConfigureAwait(false))
                {
                    return;
                }

                Welcome(turn);
                return;
        }

        var update = turn.Update;
        if (update.Button is { Data: ['/', ..] } commandButton)
        {
            // A button that stands for a command (on reminders and notices): pressing it is the same as typing it.
            await OnCommandAsync(turn, commandButton.Data, ct).ConfigureAwait(false);
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
            await OnCommandAsync(turn, text, ct).ConfigureAwait(false);
            return;
        }

        if (text is not null && ChoiceMatcher.Match(text, turn.Session.Choices) is { } typed)
        {
            await OnChoiceAsync(turn, typed.Data, ct).ConfigureAwait(false);
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
            Reprompt(turn);
            return;
        }

        if (ActiveFlow(turn) is { } flow)
        {
            await flow.HandleAsync(turn, input, ct).ConfigureAwait(false);
            return;
        }

        if (input.Kind == InputKind.Text && await TryStartCodeAsync(turn, input.Value, ct).ConfigureAwait(false))
        {
            return;
        }

        turn.Say(Vi.NotUnderstood);
        ShowMenu(turn);
    }

    private async Task OnChoiceAsync(Turn turn, string data, CancellationToken ct)
    {
        if (data == CancelData)
        {
            Cancel(turn);
            return;
        }

        if (data == ResumeData)
        {
            Reprompt(turn);
            return;
        }

        if (data.StartsWith(MenuPrefix, StringComparison.Ordinal))
        {
            var flow = _flows.FirstOrDefault(f => f.Name == data[MenuPrefix.Length..]);
            if (flow is null || !flow.IsAvailableTo(turn.User))
            {
                turn.Say(Vi.FlowNotAvailable);
                ShowMenu(turn);
                return;
            }

            await StartFlowAsync(turn, flow, ct).ConfigureAwait(false);
            return;
        }

        if (ActiveFlow(turn) is { } active)
        {
            await active.HandleAsync(turn, UserInput.Chosen(data), ct).ConfigureAwait(false);
            return;
        }

        turn.Say(Vi.NotUnderstood);
        ShowMenu(turn);
    }

    private async Task OnCommandAsync(Turn turn, string text, CancellationToken ct)
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
                if (arguments.Length > 0 && await TryStartCodeAsync(turn, arguments, ct).ConfigureAwait(false))
                {
                    return;
                }

                Welcome(turn);
                return;
            case "help":
                turn.Say(Vi.Help(turn.User.IsAdmin));
                if (ActiveFlow(turn) is not null)
                {
                    turn.Say(Vi.HelpCurrentStep);
                    Reprompt(turn);
                }

                return;
            case "cancel":
                Cancel(turn);
                return;
            case "id":
                turn.Say(Vi.YourId(turn.User.Address.ToString()));
                return;
            case "menu":
                ShowMenu(turn);
                return;
        }

        if (_flows.FirstOrDefault(f => f.Command == name) is { } commanded && commanded.IsAvailableTo(turn.User))
        {
            await StartFlowAsync(turn, commanded, ct).ConfigureAwait(false);
            return;
        }

        var command = _commands.FirstOrDefault(c => c.Name == name);
        if (command is null || !command.IsAvailableTo(turn.User))
        {
            turn.Say(Vi.UnknownCommand);
            Reprompt(turn);
            return;
        }

        await command.ExecuteAsync(turn, arguments, ct).ConfigureAwait(false);
    }

    private static Task StartFlowAsync(Turn turn, IConversationFlow flow, CancellationToken ct)
    {
        turn.EndFlow();
        turn.Session.Flow = flow.Name;
        return flow.StartAsync(turn, ct);
    }

    private async Task<bool> TryStartCodeAsync(Turn turn, string code, CancellationToken ct)
    {
        // Office admins and people who scan codes (check-in staff) are trusted; everyone else is slowed down on wrong codes.
        var counted = CodeAttempts.LooksLikeCode(code) && !turn.User.IsAdmin && !turn.User.Roles.OfType<IScansCodes>().Any();
        if (counted && _throttle.IsLockedOut(turn.User.Address, out var until))
        {
            turn.Say(Vi.TooManyWrongCodes(_local.Format(until)));
            return true;
        }

        foreach (var handler in _startCodes)
        {
            if (await handler.TryHandleAsync(turn, code.Trim(), ct).ConfigureAwait(false))
            {
                return true;
            }
        }

        if (!CodeAttempts.LooksLikeCode(code))
        {
            return false;
        }

        if (counted && _throttle.RecordFailure(turn.User.Address) && _throttle.IsLockedOut(turn.User.Address, out var blockedUntil))
        {
            turn.Say(Vi.TooManyWrongCodes(_local.Format(blockedUntil)));
            return true;
        }

        turn.Say(Vi.WrongCode(turn.Office.Phone));
        return true;
    }

    private void Welcome(Turn turn)
    {
        var lines = new List<string> { Vi.Welcome(turn.User.DisplayName) };
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
        if (ActiveFlow(turn) is not null)
        {
            turn.Say(Vi.HelpCurrentStep);
            Reprompt(turn);
            return;
        }

        ShowMenu(turn);
    }

    private void Cancel(Turn turn)
    {
        turn.Say(turn.Session.InFlow ? Vi.Cancelled : Vi.NothingToCancel);
        turn.EndFlow();
        ShowMenu(turn);
    }

    private void ShowMenu(Turn turn)
    {
        var choices = _flows.Where(f => f.IsAvailableTo(turn.User)).Select(f => new Choice(f.MenuLabel, MenuPrefix + f.Name)).ToList();
        if (choices.Count == 0)
        {
            turn.Say(Vi.NothingToDo);
            return;
        }

        if (ActiveFlow(turn) is { } current)
        {
            // Picking another task abandons this one; the person may also go back to it.
            choices.Insert(0, new Choice(Vi.Resume, ResumeData));
            turn.Ask(Vi.MenuWhileBusy(current.MenuLabel), choices);
            return;
        }

        turn.Ask(Vi.MenuPrompt, choices);
    }

    private void Reprompt(Turn turn)
    {
        if (ActiveFlow(turn) is { } flow)
        {
            flow.Reprompt(turn);
        }
        else
        {
            ShowMenu(turn);
        }
    }

    private IConversationFlow? ActiveFlow(Turn turn)
    {
        if (turn.Session.Flow is not { } name)
        {
            return null;
        }

        var flow = _flows.FirstOrDefault(f => f.Name == name);
        if (flow is null || !flow.IsAvailableTo(turn.User))
        {
            turn.EndFlow(); // the flow is gone or the person lost the role: start afresh
            return null;
        }

        return flow;
    }

    private async Task AnswerButtonAsync(IncomingUpdate update, string? notice)
    {
        if (update.Button?.CallbackId is not { } callbackId || _channels.Find(update.Chat.Channel) is not { } channel)
        {
            return;
        }

        try
        {
            await channel.AnswerButtonAsync(callbackId, notice, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The answer only stops a spinner; its loss must not fail the committed turn.
            _logger.LogWarning("Answering button press failed: {Error}", error.GetType().Name);
        }
    }
}
