namespace HungYen.Bot.WebChat;

/// <summary>
/// The web chat's sending half: a message "sent" to <c>web:&lt;id&gt;</c> is written to that person's history, and their
/// open pages receive it over their event stream. Buttons, the phone field and downloads are drawn by the page.
/// </summary>
public sealed class WebChatChannel(WebChatHistory history, IRecordStore store) : IChatChannel
{
    public const string ChannelName = "web";

    public string Name => ChannelName;

    public int MaxTextLength => 4096;

    public Task<string?> SendAsync(string chatId, OutgoingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(history.AddFromBot(chatId, message).Id);

    public Task EditAsync(string chatId, string messageId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        history.Edit(chatId, messageId, message);
        return Task.CompletedTask;
    }

    /// <summary>The callback id is "&lt;person&gt;/&lt;client id&gt;"; a notice (a stale button) is shown in the conversation.</summary>
    public Task AnswerButtonAsync(string callbackId, string? notice, CancellationToken cancellationToken)
    {
        var slash = callbackId.IndexOf('/', StringComparison.Ordinal);
        if (notice is not null && slash > 0)
        {
            history.AddNotice(callbackId[..slash], notice);
        }

        return Task.CompletedTask;
    }

    /// <summary>Uploads are kept in the store by the upload endpoint; the file id is the stored file's id.</summary>
    public Task<byte[]> DownloadFileAsync(string fileId, CancellationToken cancellationToken) =>
        Task.FromResult(store.ReadFile(fileId)?.Content ?? throw new FileNotFoundException("The uploaded file is not in the store.", fileId));
}
