namespace HungYen.Bot.Core.Outbound;

/// <summary>
/// The outbox messages the store holds as pending, per chat in sequence order, kept from the store's commits
/// (<see cref="IOutboxFeed"/>): the dispatcher knows what to send without a query, and what a chat's sender sends is
/// what the store holds at that moment, without reading each message back.
/// </summary>
internal sealed class OutboxBook
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ChatAddress, List<OutboxMessage>> _chats = [];
    private readonly Dictionary<string, ChatAddress> _chatOf = new(StringComparer.Ordinal);

    /// <summary>A commit's outbox messages: a pending one is (again) to send, any other state takes it off.</summary>
    public void Apply(IReadOnlyList<OutboxMessage> committed)
    {
        lock (_gate)
        {
            foreach (var message in committed)
            {
                Remove(message.Id);
                if (message.Status == OutboxStatus.Pending)
                {
                    Insert(message);
                }
            }
        }
    }

    /// <summary>The chats with pending messages, each with whether its first message is a bulk one.</summary>
    public List<(ChatAddress To, bool FirstIsBulk)> Chats()
    {
        lock (_gate)
        {
            var chats = new List<(ChatAddress, bool)>(_chats.Count);
            foreach (var (to, messages) in _chats)
            {
                chats.Add((to, messages[0].Bulk));
            }

            return chats;
        }
    }

    /// <summary>The chat's pending messages now, in order.</summary>
    public List<OutboxMessage> PendingFor(ChatAddress to)
    {
        lock (_gate)
        {
            return _chats.TryGetValue(to, out var messages) ? [.. messages] : [];
        }
    }

    public bool HasPending(ChatAddress to)
    {
        lock (_gate)
        {
            return _chats.ContainsKey(to);
        }
    }

    private void Insert(OutboxMessage message)
    {
        var to = message.To;
        if (!_chats.TryGetValue(to, out var messages))
        {
            _chats[to] = messages = [];
        }

        var at = messages.Count;
        while (at > 0 && messages[at - 1].Sequence > message.Sequence)
        {
            at--;
        }

        messages.Insert(at, message);
        _chatOf[message.Id] = to;
    }

    private void Remove(string id)
    {
        if (!_chatOf.Remove(id, out var to) || !_chats.TryGetValue(to, out var messages))
        {
            return;
        }

        messages.RemoveAll(m => m.Id == id);
        if (messages.Count == 0)
        {
            _chats.Remove(to);
        }
    }
}
