using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types;

namespace HungYen.Bot.Telegram;

/// <summary>
/// The command menus set at start: everyone's default is a guest's commands; each admin gets their own (chat scope).
/// Others get theirs from <see cref="TelegramChannel.ShowCommandsAsync"/> when they write or a role of theirs changes.
/// They are set beside the first getUpdates, not before it (issue 20, cold start); a failure is logged and tried again
/// until it succeeds, never stopping the polling.
/// </summary>
public sealed class StartMenus(
    ITelegramBotClient bot,
    CommandCatalog commands,
    ParticipantResolver participants,
    IOptionsMonitor<OfficeOptions> office,
    Redactor redactor,
    TimeProvider clock,
    ILogger<StartMenus> logger)
{
    /// <summary>The longest wait between two attempts.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(1);

    public async Task SetUntilDoneAsync(CancellationToken ct)
    {
        for (var failures = 1; !ct.IsCancellationRequested; failures++)
        {
            TimeSpan wait;
            try
            {
                await SetAsync(ct).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                wait = error is ApiRequestException { Parameters.RetryAfter: { } after }
                    ? TimeSpan.FromSeconds(after)
                    : TimeSpan.FromSeconds(Math.Min(MaxWait.TotalSeconds, Math.Pow(2, failures - 1)));
                logger.LogWarning("Setting the command menus failed ({Error}); retrying in {Seconds} s", redactor.Describe(error), wait.TotalSeconds);
            }

            try
            {
                await Task.Delay(wait, clock, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task SetAsync(CancellationToken ct)
    {
        var everyone = commands.ForGuests;
        await bot.SetMyCommands(everyone.Select(c => new BotCommand(c.Name, c.DescriptionVi)), cancellationToken: ct).ConfigureAwait(false);
        await bot.SetMyCommands(everyone.Select(c => new BotCommand(c.Name, c.DescriptionEn)), languageCode: "en", cancellationToken: ct).ConfigureAwait(false);
        foreach (var admin in office.CurrentValue.Admins().Where(a => a.Channel == TelegramChannel.ChannelName))
        {
            if (!long.TryParse(admin.Id, out var chatId))
            {
                continue;
            }

            try
            {
                var own = commands.For(participants.Resolve(admin, null));
                await bot.SetMyCommands(own.Select(c => new BotCommand(c.Name, c.DescriptionVi)), BotCommandScope.Chat(chatId), cancellationToken: ct).ConfigureAwait(false);
            }
            catch (ApiRequestException error) when (error.ErrorCode is 400 or 403)
            {
                // An admin who has not opened the bot yet (or blocked it) has no chat to scope: not worth a retry.
                logger.LogWarning("Could not set the admin command menu for one admin: {Error}", redactor.Describe(error));
            }
        }
    }
}
