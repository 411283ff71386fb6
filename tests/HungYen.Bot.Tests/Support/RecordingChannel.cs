using System.Collections.Concurrent;
using HungYen.Bot.Core.Channels;

namespace HungYen.Bot.Tests.Support;

/// <summary>A message the bot sent through <see cref="RecordingChannel"/>.</summary>
public sealed record SentMessage(string ChatId, string MessageId, OutgoingMessage Message)
{
    public string Text => Message.Text;

    public IReadOnlyList<string> Labels => [.. Message.Choices.Select(c => c.Label)];
}

/// <summary>A channel that records what the bot sends, for transcript tests; files "sent" by users are served from memory.</summary>
public sealed class RecordingChannel(string name = "test", int maxTextLength = 4096) : IChatChannel
{
    private readonly ConcurrentQueue<SentMessage> _sent = new();
    private readonly ConcurrentDictionary<string, byte[]> _files = new();
    private int _nextId;

    public string Name => name;

    public int MaxTextLength => maxTextLength;

    public IReadOnlyList<SentMessage> Sent => [.. _sent];

    public ConcurrentQueue<(string ChatId, string MessageId, string Text)> Edits { get; } = new();

    public ConcurrentQueue<(string CallbackId, string? Notice)> Answers { get; } = new();

    public Task<string?> SendAsync(string chatId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _sent.Enqueue(new SentMessage(chatId, id, message));
        return Task.FromResult<string?>(id);
    }

    public Task EditAsync(string chatId, string messageId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        Edits.Enqueue((chatId, messageId, message.Text));
        return Task.CompletedTask;
    }

    public Task AnswerButtonAsync(string callbackId, string? notice, CancellationToken cancellationToken)
    {
        Answers.Enqueue((callbackId, notice));
        return Task.CompletedTask;
    }

    public Task<byte[]> DownloadFileAsync(string fileId, CancellationToken cancellationToken) =>
        _files.TryGetValue(fileId, out var content) ? Task.FromResult(content) : throw new FileNotFoundException(fileId);

    public string AddFile(byte[] content)
    {
        var id = $"file-{Guid.NewGuid():N}";
        _files[id] = content;
        return id;
    }
}
