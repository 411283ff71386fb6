using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Telegram;

/// <summary>A host stopped in the middle of a batch; a new host on the same LiteDB file continues without losing or doubling anything.</summary>
public sealed class RestartTests() : RealHostTest("hy-restart")
{
    protected override bool StartsHost => false;

    [Fact]
    public async Task StopMidBatch_NewHostOnSameFile_AppliesEveryUpdateExactlyOnceAndConversationsContinue()
    {
        long[] users = [6001, 6002];
        var script = new[] { "/start", "1", "/menu", "1", "Kiến nghị gửi trước khi khởi động lại" };
        var hang = new HangAfter(6);

        // Host A takes the whole batch but stops after six updates, as a crash would; nothing of the batch is acknowledged.
        await using (var a = await StartHostAsync(s => s.AddSingleton<IUpdateSink>(sp => hang.Wrap(sp.GetRequiredService<ConversationEngine>()))))
        {
            foreach (var line in script)
            {
                foreach (var user in users)
                {
                    Fake.UserSays(user, line);
                }
            }

            await hang.WaitAsync(RunningBot.Wait);
            await RunningBot.UntilAsync(() => a.Store.Count<OutboxMessage>(m => m.Status == OutboxStatus.Pending) == 0);
        }

        Assert.Equal(0, Fake.ConfirmedOffset); // the batch was never acknowledged

        // Host B gets the same batch again; the six applied updates are recognised, the rest applied once.
        await using var b = await StartHostAsync();
        foreach (var user in users)
        {
            await Fake.WaitForMessageAsync(m => m.ChatId == user && m.Text.Contains("«Kiến nghị gửi trước khi khởi động lại»"), RunningBot.Wait);
        }

        Assert.NotEmpty(Fake.Redelivered);
        foreach (var user in users)
        {
            var inbox = Fake.Sent.Where(m => m.ChatId == user).Select(m => m.Text).ToList();
            Assert.Single(inbox, t => t.Contains("Thông báo về xử lý dữ liệu cá nhân"));
            Assert.Single(inbox, t => t.Contains("Cảm ơn đồng chí đã đồng ý"));
            Assert.Single(inbox, t => t.Contains("Xin đồng chí nhập nội dung"));
            Assert.Single(inbox, t => t.Contains("«Kiến nghị gửi trước khi khởi động lại»"));
            Assert.Equal("Reviewing", b.Store.Find<ConversationSession>($"telegram:{user}")!.State);
        }

        // And the conversation goes on after the restart.
        var chat = new TelegramChat(Fake, users[0]);
        await chat.Presses("📨 Gửi", "Đã gửi ý kiến");
    }


    /// <summary>Lets a number of updates through, then hangs every later one until the host stops: the process "dies" mid-batch.</summary>
    private sealed class HangAfter(int count)
    {
        private readonly int _limit = count;
        private int _handled;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task WaitAsync(TimeSpan timeout) => Reached.Task.WaitAsync(timeout);

        public IUpdateSink Wrap(IUpdateSink inner) => new Sink(this, inner);

        private sealed class Sink(HangAfter owner, IUpdateSink inner) : IUpdateSink
        {
            public async Task HandleAsync(IncomingUpdate update, CancellationToken cancellationToken)
            {
                if (Interlocked.Increment(ref owner._handled) > owner._limit)
                {
                    owner.Reached.TrySetResult();
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                await inner.HandleAsync(update, cancellationToken);
            }
        }
    }
}
