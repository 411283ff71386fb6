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
public sealed class SecretsOnEveryPathTests : IAsyncLifetime
{
    private const long Person = 987654321;
    private readonly FakeTelegramServer _fake = new();
    private readonly TempDatabase _db = new("hy-secrets");
    private RunningBot? _bot;

    private string SecretHalf => _fake.Token[(_fake.Token.IndexOf(':', StringComparison.Ordinal) + 1)..];

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        _bot = await RunningBot.StartAsync(
            _fake,
            _db.Path,
            new Dictionary<string, string?> { ["Sender:MaxAttempts"] = "1" },
            s => s.AddSingleton<IStartCodeHandler>(new LeakyHandler(_fake.Token)));
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await _fake.DisposeAsync();
        _db.Dispose();
    }

    [Fact]
    public async Task SendFailure_ErrorEchoingTheUrl_StoredAndLoggedWithoutTokenOrChatId()
    {
        _fake.EchoUrlOnNextErrors(1);
        _fake.UserSays(Person, "/start", "Nguyễn Văn An");

        await RunningBot.UntilAsync(() => _bot!.Store.Query<OutboxMessage>(m => m.Status == OutboxStatus.Failed).Count > 0);
        var failed = _bot!.Store.Query<OutboxMessage>(m => m.Status == OutboxStatus.Failed).Single();
        Assert.Contains("upstream", failed.LastError);
        AssertClean(failed.LastError);
        await RunningBot.UntilAsync(() => _bot.Logs.Lines.Any(l => l.Contains("upstream", StringComparison.Ordinal)));
        AssertClean(string.Join('\n', _bot.Logs.Lines));
    }

    [Fact]
    public async Task FailedTurn_ExceptionCarryingTokenAndPhone_StoredAndLoggedWithoutThem()
    {
        var chat = new TelegramChat(_fake, Person, "Nguyễn Văn An");
        await chat.ConsentsAsync();

        await chat.Says("leaky-code-1", "Xin lỗi");
        var failure = Assert.Single(_bot!.Store.Query<FailedUpdate>());
        Assert.Contains("LeakyHandler", failure.Error);
        AssertClean(failure.Error);
        AssertClean(string.Join('\n', _bot.Logs.Lines));
    }

    private void AssertClean(string? text)
    {
        Assert.DoesNotContain(_fake.Token, text);
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
