using HungYen.Bot.Testing.FakeTelegram;

namespace HungYen.Bot.Tests.Support;

/// <summary>A person on the fake Telegram: says and presses, and waits for the bot's next answer.</summary>
public sealed class TelegramChat(FakeTelegramServer fake, long userId, string name = "Người dùng")
{
    public long Id => userId;

    public List<WireMessage> Inbox => [.. fake.Sent.Where(m => m.ChatId == userId)];

    /// <summary>
    /// Sends a text and waits until the bot's answers include one containing <paramref name="expect"/>: let it be the
    /// turn's last message, so that the next action does not race the rest of the answer.
    /// </summary>
    public async Task<WireMessage> Says(string text, string expect)
    {
        var before = Inbox.Count;
        fake.UserSays(userId, text, name);
        return await NextAsync(before, expect);
    }

    /// <summary>Presses the button labelled <paramref name="label"/> on the latest message that has it.</summary>
    public async Task<WireMessage> Presses(string label, string expect)
    {
        var message = Inbox.Last(m => m.InlineButtons.Any(b => b.Text == label));
        var before = Inbox.Count;
        fake.UserPresses(userId, message.CallbackDataOf(label), message.MessageId, name);
        return await NextAsync(before, expect);
    }

    /// <summary>Agrees to the personal-data notice, as every new person must before anything else.</summary>
    public async Task ConsentsAsync()
    {
        await Says("/start", "Thông báo về xử lý dữ liệu cá nhân");
        await Presses("✅ Đồng ý", "Xin đồng chí chọn việc cần làm");
    }

    private Task<WireMessage> NextAsync(int before, string expect) =>
        fake.WaitForMessageAsync(m => m.ChatId == userId && Inbox.IndexOf(m) >= before && m.Text.Contains(expect, StringComparison.Ordinal), RunningBot.Wait);
}
