namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// Answers a pressed button once its turn is over (on Telegram this stops the button's spinner, with the turn's notice
/// if it has one). Channels without buttons to answer are skipped.
/// </summary>
public sealed class ButtonAnswers(ChannelRegistry channels, ILogger<ButtonAnswers> logger)
{
    public async Task AnswerAsync(IncomingUpdate update, string? notice)
    {
        if (update.Button?.CallbackId is not { } callbackId || channels.Find(update.Chat.Channel) is not { } channel)
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
            logger.LogWarning("Answering button press failed: {Error}", error.GetType().Name);
        }
    }
}
