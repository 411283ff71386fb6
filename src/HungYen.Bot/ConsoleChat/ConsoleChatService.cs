namespace HungYen.Bot.ConsoleChat;

/// <summary>
/// Reads the terminal line by line and hands each line to the bot as the current console user; prints the replies
/// before reading on. At the end of piped input it waits for the last replies, then stops the application.
/// </summary>
public sealed class ConsoleChatService(
    ConsoleStreams streams,
    IUpdateSink sink,
    OutboxDispatcher dispatcher,
    IHostApplicationLifetime lifetime,
    TimeProvider clock) : BackgroundService
{
    public const string OfficeUser = "office";
    private readonly TextReader _input = streams.Input;
    private readonly TextWriter _output = streams.Output;
    private readonly string _run = clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
    private ChatAddress _user = new(ConsoleChannel.ChannelName, "user");
    private int _line;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await _output.WriteLineAsync(Vi.Console.Banner).ConfigureAwait(false);
        await _output.WriteLineAsync(Vi.Console.ActingAs(_user.ToString())).ConfigureAwait(false);
        await _output.WriteLineAsync().ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            var line = await _input.ReadLineAsync(stoppingToken).ConfigureAwait(false);
            if (line is null || line.Trim() == ":quit")
            {
                break;
            }

            if (ToUpdate(line) is { } update)
            {
                await sink.HandleAsync(update, stoppingToken).ConfigureAwait(false);
                await dispatcher.DrainAsync(stoppingToken).ConfigureAwait(false);
            }
        }

        await dispatcher.DrainAsync(stoppingToken).ConfigureAwait(false);
        await _output.WriteLineAsync(Vi.Console.Goodbye).ConfigureAwait(false);
        lifetime.StopApplication();
    }

    private IncomingUpdate? ToUpdate(string line)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var (command, argument) = SplitCommand(text);
        switch (command)
        {
            case ":admin":
                return Act(OfficeUser);
            case ":as" when argument.Length > 0:
                return Act(argument);
            case ":file" when argument.Length > 0:
                if (!File.Exists(argument))
                {
                    _output.WriteLine(Vi.Console.FileNotFound(argument));
                    return null;
                }

                var info = new FileInfo(argument);
                return Update() with { File = new IncomingFile(info.FullName, info.Name, null, info.Length) };
            case ":contact" when argument.Length > 0:
                return Update() with { Contact = new SharedContact(argument, _user.Id, null) };
            case ":help":
                _output.WriteLine(Vi.Console.Banner);
                return null;
            default:
                return Update() with { Text = text };
        }
    }

    private IncomingUpdate? Act(string who)
    {
        _user = new ChatAddress(ConsoleChannel.ChannelName, who);
        _output.WriteLine(Vi.Console.ActingAs(_user.ToString()));
        return null;
    }

    private IncomingUpdate Update() => new()
    {
        UpdateKey = $"{ConsoleChannel.ChannelName}:{_run}:{++_line}",
        Chat = _user,
        User = _user,
        DisplayName = _user.Id,
    };

    private static (string Command, string Argument) SplitCommand(string text)
    {
        if (text[0] != ':')
        {
            return ("", text);
        }

        var space = text.IndexOf(' ');
        return space < 0 ? (text.ToLowerInvariant(), "") : (text[..space].ToLowerInvariant(), text[(space + 1)..].Trim());
    }
}
