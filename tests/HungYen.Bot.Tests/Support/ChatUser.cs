using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;

namespace HungYen.Bot.Tests.Support;

/// <summary>A person in a transcript test: says, presses, sends files and contacts; each returns the bot's answer.</summary>
public sealed class ChatUser(ChatHarness harness, ChatAddress address, string name)
{
    public ChatAddress Address => address;

    public string Id => address.Id;

    public IReadOnlyList<SentMessage> Inbox => harness.InboxOf(address.Id);

    public Task<Reply> Says(string text) => harness.DeliverAsync(Update() with { Text = text });

    /// <summary>Presses the button labelled <paramref name="label"/> on the latest message that has it.</summary>
    public Task<Reply> Presses(string label)
    {
        var message = Inbox.LastOrDefault(m => m.Message.Choices.Any(c => c.Label == label))
            ?? throw new InvalidOperationException($"No message to {address} has a button '{label}'. Last: {Inbox.LastOrDefault()?.Text}");
        return PressesOn(message, label);
    }

    /// <summary>Presses a button on a given (perhaps old) message.</summary>
    public Task<Reply> PressesOn(SentMessage message, string label)
    {
        var choice = message.Message.Choices.First(c => c.Label == label);
        return harness.DeliverAsync(Update() with { Button = new ButtonPress(choice.Data, message.MessageId, $"cb-{Guid.NewGuid():N}") });
    }

    /// <summary>Sends raw callback data, as a forged or replayed button would.</summary>
    public Task<Reply> PressesRaw(string data) =>
        harness.DeliverAsync(Update() with { Button = new ButtonPress(data, null, $"cb-{Guid.NewGuid():N}") });

    public Task<Reply> SendsFile(string fileName, byte[] content, string? mime = null) =>
        harness.DeliverAsync(Update() with { File = new IncomingFile(harness.Channel.AddFile(content), fileName, mime, content.Length) });

    public Task<Reply> SharesContact(string phone, bool own = true) =>
        harness.DeliverAsync(Update() with { Contact = new SharedContact(phone, own ? address.Id : "someone-else", name) });

    /// <summary>Delivers an update with a fixed key, as a re-delivery after a crash would.</summary>
    public Task<Reply> SaysWithKey(string updateKey, string text) => harness.DeliverAsync(Update() with { UpdateKey = updateKey, Text = text });

    public ConversationSession? Session => harness.Store.Find<ConversationSession>(address.ToString());

    private IncomingUpdate Update() => new()
    {
        UpdateKey = harness.NextUpdateKey(),
        Chat = address,
        User = address,
        DisplayName = name,
    };
}

/// <summary>What the bot answered to one action.</summary>
public sealed record Reply(IReadOnlyList<SentMessage> Messages)
{
    public string Text => string.Join("\n---\n", Messages.Select(m => m.Text));

    public SentMessage Last => Messages.Count > 0 ? Messages[^1] : throw new InvalidOperationException("The bot said nothing.");

    /// <summary>Labels of the last question's choices.</summary>
    public IReadOnlyList<string> Choices => Messages.LastOrDefault(m => m.Message.Choices.Count > 0)?.Labels ?? [];

    public override string ToString() => Text;
}
