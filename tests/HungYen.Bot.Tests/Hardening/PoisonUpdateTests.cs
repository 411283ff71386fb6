using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>An update Telegram.Bot cannot read is logged and skipped past; polling goes on for everyone.</summary>
public sealed class PoisonUpdateTests() : RealHostTest("hy-poison")
{

    public static TheoryData<string> Poisons() => new()
    {
        // a user id beyond 64 bits
        """{"update_id":ID,"message":{"message_id":1,"date":1764633600,"chat":{"id":6301,"type":"private"},"from":{"id":123456789012345678901234567890,"is_bot":false,"first_name":"X"},"text":"/start"}}""",
        // a date far beyond DateTime's range
        """{"update_id":ID,"message":{"message_id":1,"date":99999999999999999,"chat":{"id":6301,"type":"private"},"from":{"id":6301,"is_bot":false,"first_name":"X"},"text":"/start"}}""",
        // fields of the wrong type
        """{"update_id":ID,"message":{"message_id":"one","date":"yesterday","chat":"private","from":[1,2,3],"text":{"a":1}}}""",
        // a callback query that is a number
        """{"update_id":ID,"callback_query":42}""",
    };

    [Theory]
    [MemberData(nameof(Poisons))]
    public async Task Poll_UpdateThatCannotBeRead_LoggedSkippedAndOthersAnswered(string poison)
    {
        var before = new TelegramChat(Fake, 6302, "Lê Văn Cường");
        Fake.UserSays(6302, "/id");
        var bad = Fake.EnqueueRaw(id => poison.Replace("ID", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var after = new TelegramChat(Fake, 6303, "Phạm Thị Dung");

        await after.Says("/start", "Thông báo về xử lý dữ liệu cá nhân"); // the update after the poison is answered
        await Fake.WaitForCountAsync(6302, 1, RunningBot.Wait); // and the one before it: its notice, so that consenting presses the latest one
        await before.ConsentsAsync();

        await RunningBot.UntilAsync(() => Fake.ConfirmedOffset > bad);
        Assert.Contains(Bot.Logs.Lines, l => l.Contains($"Update telegram:{bad} could not be read"));
        Assert.DoesNotContain(Bot.Logs.Lines, l => l.Contains("Polling Telegram failed"));
    }
}
