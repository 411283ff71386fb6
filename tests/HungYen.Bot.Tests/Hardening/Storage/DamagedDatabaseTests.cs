using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Hardening.Storage;

/// <summary>A damaged or emptied database file stops the bot process at start, with the file named and what to do.</summary>
public sealed class DamagedDatabaseTests : IAsyncLifetime
{
    private readonly FakeTelegramServer _fake = new();
    private readonly TempDatabase _db = new("hy-damaged");

    public Task InitializeAsync() => _fake.StartAsync();

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _db.Dispose();
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("zeroed page")]
    [InlineData("bad header")]
    [InlineData("empty")]
    public async Task Start_DamagedDatabaseFile_ProcessStopsNamingTheFileAndTheBackup(string damage)
    {
        await WriteSomeDataAsync();
        Damage(_db.Path, damage);
        var sizeBefore = new FileInfo(_db.Path).Length;
        var pollsBefore = _fake.RequestCount("getUpdates");

        using var bot = BotProcess.Start(_fake, _db.Path, new Dictionary<string, string?>());

        Assert.True(bot.WaitForExit(TimeSpan.FromSeconds(60)), "the bot kept running on a damaged database:\n" + bot.Tail);
        Assert.Equal(3, bot.ExitCode);
        Assert.Contains(_db.Path, bot.Tail);
        Assert.Contains("restore the latest backup", bot.Tail);
        Assert.Equal(sizeBefore, new FileInfo(_db.Path).Length); // the file is left as it was, for inspection
        Assert.Equal(pollsBefore, _fake.RequestCount("getUpdates")); // nothing was taken from Telegram
    }

    [Fact]
    public async Task CheckDb_SoundAndDamagedFiles_ExitCodeAndVerdict()
    {
        await WriteSomeDataAsync();
        var output = new StringWriter();
        var errors = new StringWriter();

        Assert.Equal(0, StorageCommandLine.TryRun([StorageCommandLine.CheckSwitch, _db.Path], output, errors));
        Assert.Contains("is sound", output.ToString());

        Damage(_db.Path, "zeroed page");
        Assert.Equal(1, StorageCommandLine.TryRun([StorageCommandLine.CheckSwitch, _db.Path], output, errors));
        Assert.Contains($"DAMAGED: The database file {_db.Path} is damaged", errors.ToString());
    }

    private async Task WriteSomeDataAsync()
    {
        await using (var bot = await RunningBot.StartAsync(_fake, _db.Path))
        {
            await new TelegramChat(_fake, 6101, "Nguyễn Văn An").ConsentsAsync();
        }

        Assert.False(File.Exists(_db.Files[1]) && new FileInfo(_db.Files[1]).Length > 0, "the log is checkpointed at a clean stop");
        Assert.True(new FileInfo(_db.Path).Length > 8192 * 4);
    }

    private static void Damage(string path, string damage)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        switch (damage)
        {
            case "truncated":
                file.SetLength(file.Length / 2 + 100);
                break;
            case "zeroed page":
                file.Position = 8192 * 3; // a page of the middle, whatever it holds
                file.Write(new byte[8192]);
                break;
            case "bad header":
                file.Write("GARBAGE GARBAGE GARBAGE GARBAGE GARBAGE"u8);
                break;
            case "empty":
                file.SetLength(0);
                break;
        }
    }
}
