namespace HungYen.Bot.ConsoleChat;

/// <summary>
/// A channel on the terminal: choices are printed as numbered lines (answered by typing the number, as on Zalo),
/// files are saved to a folder. Lets a newcomer, or a script through a pipe, talk to the bot with no token.
/// </summary>
public sealed class ConsoleChannel(TextWriter output, string filesFolder) : IChatChannel
{
    public const string ChannelName = "console";
    private readonly object _gate = new();
    private int _messageId;

    public string Name => ChannelName;

    public int MaxTextLength => 4096;

    public Task<string?> SendAsync(string chatId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            output.WriteLine(Vi.Console.To($"{ChannelName}:{chatId}"));
            output.WriteLine(message.Text);
            for (var i = 0; i < message.Choices.Count; i++)
            {
                output.WriteLine($"  {i + 1}) {message.Choices[i].Label}");
            }

            if (message.RequestContact)
            {
                output.WriteLine(Vi.Console.ContactPrompt);
            }

            if (message.File is { } file)
            {
                Directory.CreateDirectory(filesFolder);
                var path = Path.Combine(filesFolder, Path.GetFileName(file.FileName));
                File.WriteAllBytes(path, file.Content);
                output.WriteLine(Vi.Console.FileSaved(path));
            }

            output.WriteLine();
            output.Flush();
            return Task.FromResult<string?>((++_messageId).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A terminal cannot change what it printed; the engine's edit only marks the chosen answer, so it is skipped.</summary>
    public Task EditAsync(string chatId, string messageId, OutgoingMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AnswerButtonAsync(string callbackId, string? notice, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>On the console a "file id" is a path on this machine.</summary>
    public Task<byte[]> DownloadFileAsync(string fileId, CancellationToken cancellationToken) => File.ReadAllBytesAsync(fileId, cancellationToken);
}
