using System.Text;
using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Files;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Texts;

namespace HungYen.Bot.Zalo;

/// <summary>
/// The Zalo adapter's sending half. Zalo has text and photos by URL only: choices become numbered lines (the engine
/// maps a typed number or label back), a contact request becomes a hint to type the invitation code, and a file
/// becomes a signed download link (a photo is shown through that link).
/// </summary>
public sealed class ZaloChannel(ZaloApiClient api, FileLinks links) : IChatChannel
{
    public const string ChannelName = "zalo";
    private const int Limit = 2000;

    public string Name => ChannelName;

    public int MaxTextLength => Limit;

    public Task<string?> SendAsync(string chatId, OutgoingMessage message, CancellationToken cancellationToken) =>
        Translate(async () =>
        {
            var text = Compose(chatId, message, out var photoUrl);
            string? lastId = null;
            if (photoUrl is not null)
            {
                lastId = await SendPhotoAsync(chatId, photoUrl, cancellationToken).ConfigureAwait(false);
            }

            // The sender split the text already; appended choices or links may push the last part over the limit again.
            foreach (var part in TextSplitter.Split(text, Limit).Where(p => p.Length > 0))
            {
                var sent = await api.CallAsync("sendMessage", new { chat_id = chatId, text = part }, cancellationToken).ConfigureAwait(false);
                lastId = MessageId(sent) ?? lastId;
            }

            return lastId;
        });

    /// <summary>Zalo cannot edit a sent message; the engine's edit only marks the chosen answer, so it is skipped.</summary>
    public Task EditAsync(string chatId, string messageId, OutgoingMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Zalo has no buttons, so there is nothing to acknowledge.</summary>
    public Task AnswerButtonAsync(string callbackId, string? notice, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Zalo delivers no files to bots; the update mapper never produces a file id for this channel.</summary>
    public Task<byte[]> DownloadFileAsync(string fileId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Zalo Bot API does not deliver files to bots.");

    private string Compose(string chatId, OutgoingMessage message, out string? photoUrl)
    {
        photoUrl = null;
        var text = new StringBuilder(message.Text);
        if (message.Choices.Count > 0)
        {
            text.Append("\n\n");
            for (var i = 0; i < message.Choices.Count; i++)
            {
                text.Append(i + 1).Append(". ").Append(message.Choices[i].Label).Append('\n');
            }

            text.Append(Vi.Zalo.ChooseByNumber);
        }

        if (message.RequestContact)
        {
            text.Append("\n\n").Append(Vi.Zalo.TypeInvitationCode);
        }

        if (message.File is { } file)
        {
            if (file.StoredFileId is { } fileId && links.CanIssue)
            {
                var url = links.Create(fileId, new ChatAddress(ChannelName, chatId)).AbsoluteUri;
                photoUrl = file.IsPhoto ? url : null;
                text.Append("\n\n").Append(Vi.Zalo.FileLink(file.FileName, url, (int)links.Lifetime.TotalHours));
            }
            else
            {
                text.Append("\n\n").Append(Vi.Zalo.FileUnavailable(file.FileName));
            }
        }

        return text.ToString().Trim();
    }

    private async Task<string?> SendPhotoAsync(string chatId, string url, CancellationToken ct) =>
        MessageId(await api.CallAsync("sendPhoto", new { chat_id = chatId, photo = url }, ct).ConfigureAwait(false));

    private static string? MessageId(System.Text.Json.JsonElement? result) =>
        result is { ValueKind: System.Text.Json.JsonValueKind.Object } r && r.TryGetProperty("message_id", out var id) ? id.ToString() : null;

    /// <summary>Turns Zalo's errors into the channel-neutral ones the sender understands.</summary>
    private static async Task<string?> Translate(Func<Task<string?>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ZaloApiException error) when (error.ErrorCode == 429)
        {
            throw new RateLimitedException(TimeSpan.FromSeconds(1), error);
        }
        catch (ZaloApiException error) when (error.ErrorCode == 403)
        {
            throw new RecipientUnreachableException(error.Description, error);
        }
    }
}
