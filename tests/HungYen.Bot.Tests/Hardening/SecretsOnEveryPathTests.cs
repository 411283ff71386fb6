using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// The bot token, chat ids and phone numbers never reach a log line or a stored error, whatever path produced them: a
/// send failure whose error echoes the URL (as a proxy does), a turn that throws with a secret in its message.
/// </summary>
public sealed class SecretsOnEveryPathTests() : RealHostTest("hy-secrets")
{
    private const long Person = 987654321;

    private string SecretHalf => Fake.Token[(Fake.Token.IndexOf(':', StringComparison.Ordinal) + 1)..];

    protected override IDictionary<string, string?> HostSettings => new Dictionary<string, string?> { ["Sender:MaxAttempts"] = "1" };

    protected override void AddServices(IServiceCollection services) => services.AddSingleton<IStartCodeHandler>(new LeakyHandler(Fake.Token));

    [Fact]
    public async Task SendFailure_ErrorEchoingTheUrl_StoredAndLoggedWithoutTokenOrChatId()
    {
        Fake.EchoUrlOnNextErrors(1);
        Fake.UserSays(Person, "/start", "Nguyễn Văn An");

        await RunningBot.UntilAsync(() => Bot.Store.Query<OutboxMessage>(m => m.Status == OutboxStatus.Failed).Count > 0);
        var failed = Bot.Store.Query<OutboxMessage>(m => m.Status == OutboxStatus.Failed).Single();
        Assert.Contains("upstream", failed.LastError);
        AssertClean(failed.LastError);
        await RunningBot.UntilAsync(() => Bot.Logs.Lines.Any(l => l.Contains("upstream", StringComparison.Ordinal)));
        AssertClean(string.Join('\n', Bot.Logs.Lines));
    }

    [Fact]
    public async Task FailedTurn_ExceptionCarryingTokenAndPhone_StoredAndLoggedWithoutThem()
    {
        var chat = new TelegramChat(Fake, Person, "Nguyễn Văn An");
        await chat.ConsentsAsync();

        await chat.Says("leaky-code-1", "Xin lỗi");
        var failure = Assert.Single(Bot.Store.Query<FailedUpdate>());
        Assert.Contains("LeakyHandler", failure.Error);
        AssertClean(failure.Error);
        AssertClean(string.Join('\n', Bot.Logs.Lines));
    }

    private void AssertClean(string? text)
    {
        Assert.DoesNotContain(Fake.Token, text);
        Assert.DoesNotContain(SecretHalf, text);
        Assert.DoesNotContain(Person.ToString(System.Globalization.CultureInfo.InvariantCulture), text);
        Assert.DoesNotContain("0912 345 678", text);
        Assert.DoesNotContain("0912345678", text);
    }

    /// <summary>A start-code handler that fails as a careless library would: the URL with the token, and a phone number, in its message.</summary>
    private sealed class LeakyHandler(string token) : IStartCodeHandler
    {
        public Task<bool> TryHandleAsync(Turn turn, string code, CancellationToken cancellationToken) =>
            code.StartsWith("leaky-", StringComparison.Ordinal)
                ? throw new InvalidOperationException($"GET https://api.telegram.org/file/bot{token}/documents/a.xlsx?chat_id={Person} failed for 0912 345 678")
                : Task.FromResult(false);
    }
}
