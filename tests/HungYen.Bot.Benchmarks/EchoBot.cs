using System.Collections.Concurrent;
using HungYen.Bot.Testing.FakeTelegram;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace HungYen.Bot.Benchmarks;

/// <summary>
/// A bot that does no work: it polls the fake and answers each chat's n-th update with the messages the real bot sent
/// at that step, through Telegram.Bot over HTTP. It shows what the fake and the driver can carry on their own.
/// </summary>
internal sealed class EchoBot : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<long, int> _steps = new();
    private readonly Task _loop;

    public EchoBot(FakeTelegramServer fake, IReadOnlyList<IReadOnlyList<WireMessage>> answers)
    {
        var client = new TelegramBotClient(new TelegramBotClientOptions(fake.Token, fake.BaseUrl));
        _loop = Task.Run(() => LoopAsync(client, answers, _stop.Token));
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private async Task LoopAsync(TelegramBotClient client, IReadOnlyList<IReadOnlyList<WireMessage>> answers, CancellationToken stop)
    {
        var offset = 0;
        while (!stop.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await client.GetUpdates(offset, timeout: 1, cancellationToken: stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (updates.Length == 0)
            {
                continue;
            }

            offset = updates[^1].Id + 1;
            await Parallel.ForEachAsync(updates.GroupBy(ChatOf), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = stop }, async (chat, token) =>
            {
                foreach (var update in chat)
                {
                    var step = _steps.AddOrUpdate(chat.Key, 0, (_, s) => s + 1);
                    if (update.CallbackQuery is { } press)
                    {
                        await client.AnswerCallbackQuery(press.Id, cancellationToken: token);
                    }

                    foreach (var message in answers[step])
                    {
                        await client.SendMessage(chat.Key, message.Text, replyMarkup: Keyboard(message), cancellationToken: token);
                    }
                }
            });
        }
    }

    private static long ChatOf(Update update) => update.Message?.Chat.Id ?? update.CallbackQuery!.From.Id;

    private static InlineKeyboardMarkup? Keyboard(WireMessage message) =>
        message.InlineButtons.Any()
            ? new InlineKeyboardMarkup(message.Buttons.Select(row => row.Where(b => b.CallbackData is not null).Select(b => InlineKeyboardButton.WithCallbackData(b.Text, b.CallbackData!))))
            : null;
}
