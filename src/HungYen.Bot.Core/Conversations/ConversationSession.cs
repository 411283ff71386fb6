namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// A person's conversation as stored between updates: which flow, which step, the answers so far, and the choices of
/// the last question (so a typed number or label works as well as a button). Id is the person's channel address.
/// </summary>
public sealed class ConversationSession : Record
{
    public string? Flow { get; set; }

    public string? State { get; set; }

    /// <summary>Answers collected so far, by field name.</summary>
    public Dictionary<string, string> Draft { get; set; } = [];

    /// <summary>Bumped at every question; buttons carry it, so a press on an older question is recognised as stale.</summary>
    public int Stamp { get; set; }

    /// <summary>The choices offered by the last question.</summary>
    public List<Choice> Choices { get; set; } = [];

    /// <summary>The last question's text, used to mark a pressed button's message with the chosen answer.</summary>
    public string? PromptText { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Tasks set aside, answers kept, when the person turned to another one; by flow name.</summary>
    public Dictionary<string, SetAsideFlow> SetAside { get; set; } = [];

    public bool InFlow => Flow is not null;

    public string? Get(string field) => Draft.TryGetValue(field, out var value) ? value : null;

    public void Set(string field, string? value)
    {
        if (value is null)
        {
            Draft.Remove(field);
        }
        else
        {
            Draft[field] = value;
        }
    }

    public static ConversationSession New(ChatAddress address) => new() { Id = address.ToString() };
}
