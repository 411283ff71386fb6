using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Hardening.Storage;

/// <summary>A damaged or emptied database file stops the bot process at start, with the file named and what to do.</summary>
public sealed class DamagedDatabaseTests() : RealHostTest("hy-damaged")
{
    protected override bool StartsHost => false;

    [Theory]
    [InlineData("truncated")]
    [InlineData("zeroed page")]
    [InlineData("bad header")]
    [InlineData("empty")]
    public async Task Start_DamagedDatabaseFile_ProcessStopsNamingTheFileAndTheBackup(string damage)
    {
        await WriteSomeDataAsync();
        Damage(Database.Path, damage);
        var sizeBefore = new FileInfo(Database.Path).Length;
        var pollsBefore = Fake.RequestCount("getUpdates");

        using var bot = BotProcess.Start(Fake, Database.Path, new Dictionary<string, string?>());

        Assert.True(bot.WaitForExit(TimeSpan.FromSeconds(60)), "the bot kept running on a damaged database:\n" + bot.Tail);
        Assert.Equal(3, bot.ExitCode);
        Assert.Contains(Database.Path, bot.Tail);
        Assert.Contains("restore the latest backup", bot.Tail);
        Assert.Equal(sizeBefore, new FileInfo(Database.Path).Length); // the file is left as it was, for inspection
        Assert.Equal(pollsBefore, Fake.RequestCount("getUpdates")); // nothing was taken from Telegram
    }

    [Fact]
    public async Task CheckDb_SoundAndDamagedFiles_ExitCodeAndVerdict()
    {
        await WriteSomeDataAsync();
        var output = new StringWriter();
        var errors = new StringWriter();

        Assert.Equal(0, StorageCommandLine.TryRun([StorageCommandLine.CheckSwitch, Database.Path], output, errors));
        Assert.Contains("is sound", output.ToString());

        Damage(Database.Path, "zeroed page");
        Assert.Equal(1, StorageCommandLine.TryRun([StorageCommandLine.CheckSwitch, Database.Path], output, errors));
        Assert.Contains($"DAMAGED: The database file {Database.Path} is damaged", errors.ToString());
    }

    private async Task WriteSomeDataAsync()
    {
        await using (var bot = await StartHostAsync())
        {
            await new TelegramChat(Fake, 6101, "Nguyễn Văn An").ConsentsAsync();
        }

        Assert.False(File.Exists(Database.Files[1]) && new FileInfo(Database.Files[1]).Length > 0, "the log is checkpointed at a clean stop");
        Assert.True(new FileInfo(Database.Path).Length > 8192 * 4);
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
