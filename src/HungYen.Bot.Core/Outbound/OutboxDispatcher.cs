namespace HungYen.Bot.Core.Outbound;

/// <summary>
/// The one outbound sender. Sends pending outbox messages in order per chat, one sender per chat, paced globally,
/// waits out 429s for all sends, marks 403 recipients unreachable without retrying, retries other failures with
/// back-off. A chat's sender never waits for another chat's: a broadcast's per-chat spacing holds only that chat.
/// </summary>
public sealed partial class OutboxDispatcher
{
    private readonly IRecordStore _store;
    private readonly IReadOnlyDictionary<string, IChatChannel> _channels;
    private readonly TimeProvider _clock;
    private readonly SenderOptions _options;
    private readonly ILogger<OutboxDispatcher> _logger;
    private readonly Privacy.Redactor _redactor; // stored errors carry neither tokens nor chat ids nor phone numbers
    // Each channel its own pacer and its own 429 pause: a Zalo quota never holds back a Telegram message.
    private readonly ConcurrentDictionary<string, Pacer> _pacers = new();
    private readonly ConcurrentDictionary<ChatAddress, DateTimeOffset> _lastBulk = new();
    private readonly ConcurrentDictionary<ChatAddress, Task<int>> _sending = new(); // the chats a sender is running for
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _bulkSends = new(); // per channel; replies never wait for one
    private readonly OutboxSignal? _signal;
    private readonly OutboxBook? _book; // what is pending, from the store's commits; null: read from the store

    // Sent, but the store could not record it (a full disk): never sent again, recorded when the store writes again.
    private readonly ConcurrentDictionary<string, OutboxMessage> _unmarked = new();

    public OutboxDispatcher(IRecordStore store, IEnumerable<IChatChannel> channels, TimeProvider clock, IOptions<SenderOptions> options, ILogger<OutboxDispatcher> logger, Privacy.Redactor? redactor = null, OutboxSignal? signal = null)
    {
        _redactor = redactor ?? Privacy.Redactor.None;
        _signal = signal;
        _store = store;
        _channels = channels.ToDictionary(c => c.Name);
        _clock = clock;
        _options = options.Value;
        _logger = logger;
        if (store is IOutboxFeed feed)
        {
            _book = new OutboxBook();
            feed.Follow(_book.Apply);
        }
    }

    /// <summary>A 429 pause up to this long is waited out within the drain; a longer one leaves the channel's messages for later.</summary>
    private static readonly TimeSpan InlineWaitLimit = TimeSpan.FromSeconds(10);

    private Pacer PacerFor(string channel) => _pacers.GetOrAdd(channel, _ => new Pacer(_clock, _options.MessagesPerSecond));

    /// <summary>
    /// Sends everything that is due now, and waits for it. Returns how many messages reached a final state. A chat whose
    /// sender another caller is running is waited for and looked at again, so nothing due is left behind.
    /// </summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        while (true)
        {
            var busy = new List<Task<int>>();
            done += (await Task.WhenAll(Start(cancellationToken, busy)).ConfigureAwait(false)).Sum();
            if (busy.Count == 0)
            {
                return done;
            }

            try
            {
                await Task.WhenAll(busy).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // another caller's sender: its failure is reported to that caller; look again here
            }
        }
    }

    /// <summary>
    /// Starts a sender for every chat that has messages due and none running, and returns at once (issue 14, point 6):
    /// a reply starts the moment it is committed, never queued behind another chat's paced broadcast. One sender per
    /// chat keeps the chat's order and sends no message twice; chats whose next message is a reply start first.
    /// </summary>
    public IReadOnlyList<Task<int>> Start(CancellationToken cancellationToken) => Start(cancellationToken, null);

    /// <param name="busy">When given, receives the senders already running for chats with messages due.</param>
    private List<Task<int>> Start(CancellationToken cancellationToken, List<Task<int>>? busy)
    {
        RecordUnmarked();
        var started = new List<Task<int>>();
        foreach (var (to, ids) in PendingChats())
        {
            var claim = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_sending.TryAdd(to, claim.Task))
            {
                started.Add(SendClaimedAsync(to, ids, claim, cancellationToken));
            }
            else if (busy is not null && _sending.TryGetValue(to, out var running))
            {
                busy.Add(running);
            }
        }

        return started;
    }

    /// <summary>The chats with messages to send, those whose next message is a reply first.</summary>
    private IEnumerable<(ChatAddress To, IReadOnlyList<string>? Ids)> PendingChats()
    {
        if (_book is not null)
        {
            return _book.Chats().OrderBy(chat => chat.FirstIsBulk).Select(chat => (chat.To, (IReadOnlyList<string>?)null));
        }

        return _store.Query<OutboxMessage>(m => m.Status == OutboxStatus.Pending)
            .Where(m => !_unmarked.ContainsKey(m.Id))
            .OrderBy(m => m.Sequence)
            .GroupBy(m => m.To)
            .OrderBy(chat => chat.First().Bulk)
            .Select(chat => (chat.Key, (IReadOnlyList<string>?)[.. chat.Select(m => m.Id)]))
            .ToList();
    }

    /// <summary>
    /// What the chat's sender sends, read now that the chat is its own (another sender may have sent some since the
    /// chats were listed): from the book, or read again from the store.
    /// </summary>
    private List<OutboxMessage> PendingFor(ChatAddress to, IReadOnlyList<string>? ids)
    {
        var messages = _book is not null
            ? _book.PendingFor(to)
            : ids!.Select(_store.Find<OutboxMessage>).Where(m => m is { Status: OutboxStatus.Pending }).Cast<OutboxMessage>().ToList();
        messages.RemoveAll(m => _unmarked.ContainsKey(m.Id));
        return messages;
    }

    /// <summary>Completes when every chat's sender running now has finished (the host stopping).</summary>
    public Task WhenIdleAsync() => Task.WhenAll(_sending.Values);

    private async Task<int> SendClaimedAsync(ChatAddress to, IReadOnlyList<string>? ids, TaskCompletionSource<int> claim, CancellationToken ct)
    {
        await Task.Yield(); // the other chats start meanwhile
        var done = 0;
        try
        {
            done = await SendChatAsync(to, PendingFor(to, ids), ct).ConfigureAwait(false);
            return done;
        }
        finally
        {
            _sending.TryRemove(to, out _);
            claim.TrySetResult(done);
            if (done > 0 && (_book is null || _book.HasPending(to)))
            {
                _signal?.Wake(); // what was queued for this chat meanwhile goes at once
            }
        }
    }

    private async Task<int> SendChatAsync(ChatAddress to, IReadOnlyList<OutboxMessage> messages, CancellationToken ct)
    {
        var done = 0;
        var edits = new List<OutboxMessage>();
        try
        {
            done = await SendInOrderAsync(to, messages, edits, ct).ConfigureAwait(false);
        }
        finally
        {
            if (edits.Count > 0)
            {
                MarkSent(edits);
            }
        }

        return done;
    }

    /// <summary>
    /// Sends a chat's messages in order. An edit (the pressed question showing the choice) is idempotent, so its sent
    /// mark waits in <paramref name="edits"/> and is written with the chat's next one: a button press costs one store
    /// write for its replies, not two. A kill in between repeats at most that edit, which changes nothing.
    /// </summary>
    private async Task<int> SendInOrderAsync(ChatAddress to, IReadOnlyList<OutboxMessage> messages, List<OutboxMessage> edits, CancellationToken ct)
    {
        var done = 0;
        foreach (var message in messages)
        {
            if (message.NotBefore is { } notBefore && notBefore > _clock.GetUtcNow())
            {
                break; // keep the chat's order: nothing after it goes first
            }

            if (_store.Find<Reachability>(to.ToString()) is { Unreachable: true })
            {
                Finish(message, OutboxStatus.Unreachable, "recipient unreachable");
                done++;
                continue;
            }

            if (!_channels.TryGetValue(to.Channel, out var channel))
            {
                Finish(message, OutboxStatus.Failed, $"no channel '{to.Channel}' is running");
                done++;
                continue;
            }

            if (PacerFor(channel.Name).PausedUntil - _clock.GetUtcNow() > InlineWaitLimit)
            {
                break; // a long pause of this channel: left pending for a later drain, other channels go on meanwhile
            }

            if (!await TrySendAsync(channel, message, edits, ct).ConfigureAwait(false))
            {
                break;
            }

            done++;
        }

        return done;
    }

    /// <summary>Returns true when the message reached a final state, false when it must be retried later.</summary>
    private async Task<bool> TrySendAsync(IChatChannel channel, OutboxMessage message, List<OutboxMessage> edits, CancellationToken ct)
    {
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            await WaitBulkIntervalAsync(message, ct).ConfigureAwait(false);
            try
            {
                await SendPacedAsync(channel, message, ct).ConfigureAwait(false);
                if (message.Bulk)
                {
                    _lastBulk[message.To] = _clock.GetUtcNow();
                }

                message.Status = OutboxStatus.Sent;
                message.LastError = null;
                message.SentAt = _clock.GetUtcNow();
                edits.Add(message);
                if (message.EditMessageId is null)
                {
                    MarkSent(edits);
                    edits.Clear();
                }

                return true;
            }
            catch (RateLimitedException limited)
            {
                _logger.LogWarning("Channel {Channel} asked to wait {Seconds} s; pausing its sends", channel.Name, limited.RetryAfter.TotalSeconds);
                PacerFor(channel.Name).PauseFor(limited.RetryAfter);
                if (limited.RetryAfter > InlineWaitLimit)
                {
                    return false; // not waited out here, so that this drain (and every other channel) is not held
                }
            }
            catch (ChannelQuotaException quota)
            {
                _logger.LogWarning("Channel {Channel} refused bulk message {Id}: {Reason}", channel.Name, message.Id, quota.Message);
                Finish(message, OutboxStatus.Failed, quota.Message);
                return true;
            }
            catch (RecipientUnreachableException unreachable)
            {
                _logger.LogWarning("Recipient of message {Id} ({Channel}) unreachable: {Reason}", message.Id, message.To.Channel, _redactor.Redact(unreachable.Message));
                var changes = new ChangeSet();
                changes.Upsert(new Reachability { Id = message.To.ToString(), Unreachable = true, Reason = _redactor.Redact(unreachable.Message), Problem = unreachable.Problem, NoticeRefusedCode = unreachable.NoticeRefusedCode, Since = _clock.GetUtcNow() });
                Finish(message, OutboxStatus.Unreachable, unreachable.Message, changes);
                return true;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = _redactor.Describe(error);
                _logger.LogWarning("Sending message {Id} ({Channel}) failed (attempt {Attempt}): {Error}", message.Id, message.To.Channel, message.Attempts, message.LastError);
                if (message.Attempts >= _options.MaxAttempts)
                {
                    Finish(message, OutboxStatus.Failed, message.LastError);
                    return true;
                }

                message.NotBefore = _clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Pow(2, message.Attempts));
                var changes = new ChangeSet();
                changes.RecordDelivery(message);
                _store.Commit(changes);
                return false;
            }
        }
    }

    private async Task WaitBulkIntervalAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.Bulk && _lastBulk.TryGetValue(message.To, out var last))
        {
            var wait = last + TimeSpan.FromSeconds(_options.BulkIntervalPerChatSeconds) - _clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _clock, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A bulk send waits for one of its channel's few bulk slots (not while it waits out its chat's interval); a reply does not.</summary>
    private async Task SendPacedAsync(IChatChannel channel, OutboxMessage message, CancellationToken ct)
    {
        if (!message.Bulk)
        {
            await SendAsync(channel, message, ct).ConfigureAwait(false);
            return;
        }

        var slots = _bulkSends.GetOrAdd(channel.Name, _ => new SemaphoreSlim(_options.MaxParallelChats));
        await slots.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await SendAsync(channel, message, ct).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task SendAsync(IChatChannel channel, OutboxMessage message, CancellationToken ct)
    {
        var file = message.FileId is null ? null : _store.ReadFile(message.FileId);
        var outgoingFile = file is null ? null : new OutgoingFile(file.FileName, file.Content, message.FileIsPhoto) { StoredFileId = file.Id, CarriesPersonalData = !message.FileIsPublic };
        if (message.EditMessageId is { } editId)
        {
            await PacerFor(channel.Name).WaitTurnAsync(ct, InlineWaitLimit).ConfigureAwait(false);
            await channel.EditAsync(message.ChatId, editId, new OutgoingMessage(message.Text) { Choices = message.Choices }, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        var parts = TextSplitter.Split(message.Text, channel.MaxTextLength);
        for (var i = message.PartsSent; i < parts.Count; i++)
        {
            var last = i == parts.Count - 1;
            var outgoing = new OutgoingMessage(parts[i])
            {
                Choices = last ? message.Choices : [],
                RequestContact = last && message.RequestContact,
                File = last ? outgoingFile : null,
                Bulk = message.Bulk,
            };
            await PacerFor(channel.Name).WaitTurnAsync(ct, InlineWaitLimit).ConfigureAwait(false);
            // A send under way is not cut short by a stop: cut after the channel took it, it would go again after the
            // restart. The stop waits for it (OutboxService), and the next message is not begun.
            await channel.SendAsync(message.ChatId, outgoing, CancellationToken.None).ConfigureAwait(false);
            if (!last)
            {
                // Kept durably, so that a retry (after a 429, an error or a restart) does not repeat delivered parts.
                message.PartsSent = i + 1;
                var progress = new ChangeSet();
                progress.RecordDelivery(message);
                _store.Commit(progress);
            }
        }
    }

    private void Finish(OutboxMessage message, OutboxStatus status, string? error, ChangeSet? changes = null)
    {
        message.Status = status;
        message.LastError = error;
        if (status == OutboxStatus.Sent)
        {
            message.SentAt = _clock.GetUtcNow();
        }

        changes ??= new ChangeSet();
        changes.RecordDelivery(message);
        _store.Commit(changes);
    }
}
