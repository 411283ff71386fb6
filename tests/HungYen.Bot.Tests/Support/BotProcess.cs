using System.Collections.Concurrent;
using System.Diagnostics;
using HungYen.Bot.Testing.FakeTelegram;

namespace HungYen.Bot.Tests.Support;

/// <summary>
/// The bot as its own operating-system process (<c>dotnet HungYen.Bot.dll</c>, configured by environment variables as
/// in production) against a fake Bot API on loopback, so that a test can SIGKILL it at any instant.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BotProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string Tail => string.Join(Environment.NewLine, _output);

    public static BotProcess Start(FakeTelegramServer fake, string databasePath, IDictionary<string, string?> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HungYen.Bot.dll"));
        var environment = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = fake.Token,
            ["Telegram:ApiBaseUrl"] = fake.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Storage:DatabasePath"] = databasePath,
            ["Office:AdminUserIds:0"] = $"telegram:{RunningBot.AdminChat}",
            ["Sender:MessagesPerSecond"] = "1000",
            ["Sender:BulkIntervalPerChatSeconds"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>SIGKILL: no shutdown code runs, no buffer is flushed, as when the power goes.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 40)
        {
            _output.TryDequeue(out _);
        }
    }
}
