using System.Text;
using HungYen.Bot.Core.Conference;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HungYen.Bot.Tests.Hosting;

public sealed class HostConfigurationTests : IDisposable
{
    private readonly TempDatabase _database = new("hy-host");

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Start_WithoutTokenOutsideConsoleMode_FailsNamingTheKey()
    {
        using var host = Build([], new() { ["Telegram:BotToken"] = "" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Telegram:BotToken", error.Message);
        Assert.Contains("--console", error.Message);
    }

    [Theory]
    [InlineData("Bot:TimeZone", "Mars/Olympus", "Bot:TimeZone")]
    [InlineData("Sender:MessagesPerSecond", "0", "MessagesPerSecond")]
    [InlineData("Conference:NominationDeadline", "2027-01-01T00:00", "Conference:NominationDeadline")]
    [InlineData("Schedule:DailySummaryAt", "25:00", "Schedule:DailySummaryAt")]
    public async Task Start_WithAWrongValue_FailsNamingTheKey(string key, string value, string named)
    {
        using var host = Build([BotHost.ConsoleSwitch], new() { [key] = value, ["Conference:Start"] = "2026-12-18T08:00" });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Configuration_RootAppSettings_IsReadAndEnvironmentStyleKeysOverrideIt()
    {
        Environment.SetEnvironmentVariable("Office__Phone", "0221 3 999 999");
        try
        {
            using var host = Build([BotHost.ConsoleSwitch], []);

            var conference = host.Services.GetRequiredService<IOptions<ConferenceOptions>>().Value;
            Assert.StartsWith("Hội nghị Tổng kết các phong trào thi đua", conference.Title);
            Assert.Equal(60, conference.Capacity);
            Assert.Equal("Asia/Ho_Chi_Minh", host.Services.GetRequiredService<IOptions<BotOptions>>().Value.TimeZone);
            Assert.Equal("0221 3 999 999", host.Services.GetRequiredService<IOptions<OfficeOptions>>().Value.Phone);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Office__Phone", null);
        }
    }

    [Fact]
    public void Choices_DataOverTelegramsLimitOnceStamped_AreRefused()
    {
        var fits = new string('a', 50);
        var vietnamese = string.Concat(Enumerable.Repeat("đề xuất", 10));

        Assert.True(Encoding.UTF8.GetByteCount(Turn.StampData(int.MaxValue, fits)) <= Turn.MaxChoiceDataBytes);
        Assert.Throws<InvalidOperationException>(() => Turn.StampData(1, vietnamese));
    }

    private IHost Build(string[] args, Dictionary<string, string?> settings)
    {
        settings["Storage:DatabasePath"] = _database.Path;
        return BotHost.CreateBuilder(args, c => c.AddInMemoryCollection(settings)).Build();
    }
}
