using System.Collections.Concurrent;
using System.Diagnostics;
using HungYen.Bot.Testing.FakeTelegram;

namespace HungYen.Bot.Testing;

/// <summary>
/// The bot as its own operating-system process (<c>dotnet HungYen.Bot.dll</c>, configured by environment variables as
/// in production) against a fake Bot API on loopback: a test can SIGKILL it at any instant, a benchmark can read the
/// bot's own memory. HungYen.Bot.dll must be in the caller's output folder (a project reference to the bot gives that).
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

    /// <summary>The operating system's process id (for a profiler to attach).</summary>
    public int Id => _process.Id;

    public int ExitCode => _process.ExitCode;

    /// <summary>Waits for the process to end by itself (e.g. refusing to start); false if it still runs after <paramref name="timeout"/>.</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            return false;
        }

        _process.WaitForExit(); // the redirected output is read to its end
        return true;
    }

    /// <summary>Peak resident set size of the bot process so far, in bytes (Linux: VmHWM in /proc/PID/status).</summary>
    public long PeakResidentBytes
    {
        get
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
    }

    /// <summary>CPU time (user and system) the bot process has used so far (Linux: /proc/PID/stat).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Resident set size of the bot process now, in bytes (Linux: VmRSS in /proc/PID/status).</summary>
    public long ResidentBytes
    {
        get
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
    }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string Tail => string.Join(Environment.NewLine, _output);

    /// <param name="directory">Where HungYen.Bot.dll is: this program's own folder unless given (e.g. a published build).</param>
    public static BotProcess Start(FakeTelegramServer fake, string databasePath, IDictionary<string, string?> settings, string? directory = null)
    {
        directory ??= AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        start.ArgumentList.Add(Path.Combine(directory, "HungYen.Bot.dll"));
        var environment = BotSettings.For(fake, databasePath, "Warning", settings);
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
