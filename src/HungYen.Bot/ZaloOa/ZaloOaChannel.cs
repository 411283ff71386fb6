namespace HungYen.Bot.ZaloOa;

/// <summary>
/// The OA adapter's sending half (consultation messages, /v3.0/oa/message/cs). Choices are real buttons
/// (oa.query.hide, payload "#c:n") and numbered lines; a contact request is the request_user_info form; a PDF/DOC/DOCX
/// up to 5 MB or a JPG/PNG up to 1 MB goes through the upload API, any other file as a signed link.
/// </summary>
public sealed class ZaloOaChannel(ZaloOaApiClient api, FileLinks links, ZaloOaWindow window, Microsoft.Extensions.Options.IOptions<ZaloOaOptions> options) : IChatChannel
{
    public const string ChannelName = "zalooa";
    public const string ChoicePrefix = "#c:";
    private const int Limit = 2000;
    private const int MaxButtons = 5;
    private const string MessagePath = "/v3.0/oa/message/cs";
    private const string TemplatePath = "/v3.0/oa/message/template";
    private static readonly string[] Documents = [".pdf", ".doc", ".docx"];
    private static readonly string[] Images = [".jpg", ".jpeg", ".png"];

    public string Name => ChannelName;

    public int MaxTextLength => Limit;

    public Task<string?> SendAsync(string chatId, OutgoingMessage message, CancellationToken cancellationToken) =>
        Translate(async () =>
        {
            var state = window.StateOf(chatId);
            if (state == ZaloOaWindowState.Closed)
            {
                // Not tried: the OA would answer -230 and a consultation message outside the window is not allowed.
                return await OutsideWindowAsync(chatId, message, "outside the OA's 7-day window", ReachProblem.OutsideReplyWindow, cancellationToken).ConfigureAwait(false);
            }

            if (state == ZaloOaWindowState.Billed && !options.Value.AllowBilledMessages)
            {
                return await OutsideWindowAsync(chatId, message, "past the OA's free 48 h and billed messages are off", ReachProblem.PastFreeReplyWindow, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                return await SendConsultationAsync(chatId, message, cancellationToken).ConfigureAwait(false);
            }
            catch (ZaloOaApiException error) when (error.ErrorCode is -230 or -232)
            {
                return await OutsideWindowAsync(chatId, message, error.Message, ReachProblem.OutsideReplyWindow, cancellationToken).ConfigureAwait(false);
            }
        });

    private async Task<string?> SendConsultationAsync(string chatId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var recipient = new { user_id = chatId };
        var parts = TextSplitter.Split(Compose(chatId, message), Limit).Where(p => p.Length > 0).ToList();
        string? lastId = null;
        for (var i = 0; i < parts.Count; i++)
        {
            object body = i == parts.Count - 1 && message.Choices.Count is > 0 and <= MaxButtons
                ? new
                {
                    recipient,
                    message = new
                    {
                        text = parts[i],
                        attachment = new
                        {
                            type = "template",
                            payload = new
                            {
                                buttons = message.Choices.Select((c, n) => new { title = Title(n + 1, c.Label), type = "oa.query.hide", payload = ChoicePrefix + (n + 1) }),
                            },
                        },
                    },
                }
                : new { recipient, message = new { text = parts[i] } };
            lastId = MessageId(await api.PostJsonAsync(MessagePath, body, cancellationToken).ConfigureAwait(false)) ?? lastId;
        }

        if (message.RequestContact)
        {
            var form = new
            {
                recipient,
                message = new
                {
                    attachment = new
                    {
                        type = "template",
                        payload = new
                        {
                            template_type = "request_user_info",
                            elements = new[] { new { title = Vi.ZaloOa.SharePhoneTitle, subtitle = Vi.ZaloOa.SharePhoneSubtitle } },
                        },
                    },
                },
            };
            lastId = MessageId(await api.PostJsonAsync(MessagePath, form, cancellationToken).ConfigureAwait(false)) ?? lastId;
        }

        if (message.File is { } file && Uploadable(file) is { } kind)
        {
            lastId = await SendFileAsync(recipient, file, kind, cancellationToken).ConfigureAwait(false) ?? lastId;
        }

        return lastId;
    }

    /// <summary>
    /// Outside the consultation window a notice goes as the approved template message (by user id) where one is
    /// configured; otherwise, or if Zalo refuses the template, the person is unreachable here and goes to the office's
    /// call list with the reason. Never silently dropped.
    /// </summary>
    private async Task<string?> OutsideWindowAsync(string chatId, OutgoingMessage message, string reason, ReachProblem problem, CancellationToken ct)
    {
        if (options.Value.NoticeTemplateId is not { Length: > 0 } templateId)
        {
            throw new RecipientUnreachableException(reason, null, problem);
        }

        var max = Math.Max(20, options.Value.NoticeTextMaxLength);
        var text = message.Text.Trim();
        var body = new
        {
            recipient = new { user_id = chatId },
            template_id = templateId,
            template_data = new { noi_dung = text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…" },
        };
        try
        {
            return MessageId(await api.PostJsonAsync(TemplatePath, body, ct).ConfigureAwait(false));
        }
        catch (ZaloOaApiException error) when (error.ErrorCode != -32)
        {
            throw new RecipientUnreachableException(reason + "; template refused: " + error.Message, error, problem, error.ErrorCode);
        }
    }

    /// <summary>The OA cannot edit a sent message; the engine's edit only marks the chosen answer, so it is skipped.</summary>
    public Task EditAsync(string chatId, string messageId, OutgoingMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A button press arrives as an ordinary message: nothing to acknowledge.</summary>
    public Task AnswerButtonAsync(string callbackId, string? notice, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The file id of a person's attachment is its URL on Zalo's servers.</summary>
    public Task<byte[]> DownloadFileAsync(string fileId, CancellationToken cancellationToken) => api.DownloadAsync(fileId, cancellationToken);

    private string Compose(string chatId, OutgoingMessage message)
    {
        // Telegram's contact button is the OA's phone-number form here.
        var text = new StringBuilder(Vi.ZaloOa.FormHints.Aggregate(message.Text, (t, h) => t.Replace(h.Telegram, h.Oa, StringComparison.Ordinal)));
        if (message.Choices.Count > 0)
        {
            text.Append("\n\n");
            for (var i = 0; i < message.Choices.Count; i++)
            {
                text.Append(i + 1).Append(". ").Append(message.Choices[i].Label).Append('\n');
            }

            text.Append(message.Choices.Count <= MaxButtons ? Vi.ZaloOa.PressOrType : Vi.Zalo.ChooseByNumber);
        }

        if (message.File is { } file && Uploadable(file) is null)
        {
            if (file.StoredFileId is { } fileId && links.CanIssue)
            {
                var url = links.Create(fileId, new ChatAddress(ChannelName, chatId), file.CarriesPersonalData).AbsoluteUri;
                text.Append("\n\n").Append(Vi.Zalo.FileLink(file.FileName, url, (int)links.LifetimeFor(file.CarriesPersonalData).TotalHours));
            }
            else
            {
                text.Append("\n\n").Append(Vi.Zalo.FileUnavailable(file.FileName));
            }
        }

        return text.ToString().Trim();
    }

    /// <summary>"image" or "file" when the OA's upload API takes this file, else null (a signed link instead).</summary>
    private static string? Uploadable(OutgoingFile file)
    {
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (Images.Contains(extension) && file.Content.Length <= 1024 * 1024)
        {
            return "image";
        }

        return Documents.Contains(extension) && file.Content.Length <= 5 * 1024 * 1024 ? "file" : null;
    }

    private async Task<string?> SendFileAsync(object recipient, OutgoingFile file, string kind, CancellationToken ct)
    {
        var uploaded = await api.UploadAsync($"/v2.0/oa/upload/{kind}", file.FileName, file.Content, ct).ConfigureAwait(false);
        var data = uploaded.GetProperty("data");
        object attachment;
        if (kind == "image")
        {
            var id = data.GetProperty("attachment_id").GetString();
            attachment = new { type = "template", payload = new { template_type = "media", elements = new[] { new { media_type = "image", attachment_id = id } } } };
        }
        else
        {
            var token = data.TryGetProperty("token", out var t) ? t.GetString() : data.GetProperty("attachment_id").GetString();
            attachment = new { type = "file", payload = new { token } };
        }

        return MessageId(await api.PostJsonAsync(MessagePath, new { recipient, message = new { attachment } }, ct).ConfigureAwait(false));
    }

    private static string Title(int number, string label)
    {
        var title = $"{number}. {label}";
        return title.Length <= 100 ? title : title[..100];
    }

    private static string? MessageId(JsonElement answer) =>
        answer.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("message_id", out var id) ? id.ToString() : null;

    /// <summary>Turns the OA's error codes into the channel-neutral ones the sender understands.</summary>
    private static async Task<string?> Translate(Func<Task<string?>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ZaloOaApiException error) when (error.ErrorCode == -32)
        {
            throw new RateLimitedException(TimeSpan.FromSeconds(60), error);
        }
        catch (ZaloOaApiException error) when (error.ErrorCode is -213 or -217 or -227 or -244)
        {
            throw new RecipientUnreachableException(error.Message, error);
        }
    }
}
