namespace HungYen.Bot.WebChat;

/// <summary>
/// One browser bound to one person (<c>web:&lt;PersonId&gt;</c>). The id is the SHA-256 of the cookie's secret, so the
/// database alone cannot be turned into a working cookie.
/// </summary>
public sealed class WebChatSession : Record
{
    [Indexed]
    public string PersonId { get; set; } = "";

    /// <summary>Sent back in the X-CSRF-Token header of every POST.</summary>
    public string Csrf { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>"/start &lt;code&gt;" from the link this browser opened, fed to the bot once the page has loaded.</summary>
    public string? PendingStart { get; set; }

    /// <summary>Makes the pending start's update key unique, so a retried start is applied once.</summary>
    public string? PendingStartId { get; set; }
}

/// <summary>One line of a person's web conversation: the bot's message (with its choices and file) or the person's.</summary>
public sealed class WebChatMessage : Record
{
    [Indexed]
    public string PersonId { get; set; } = "";

    /// <summary>Order in the conversation.</summary>
    public long Seq { get; set; }

    /// <summary>Raised on every change (an edit marks the chosen answer): the event stream's cursor.</summary>
    public long Version { get; set; }

    public bool FromBot { get; set; }

    /// <summary>A short notice (a stale button), shown smaller.</summary>
    public bool IsNotice { get; set; }

    public string Text { get; set; } = "";

    public List<WebChatChoice> Choices { get; set; } = [];

    public bool AsksPhone { get; set; }

    public string? FileId { get; set; }

    public string? FileName { get; set; }

    public bool IsPhoto { get; set; }

    public DateTimeOffset At { get; set; }
}

public sealed class WebChatChoice
{
    public string Label { get; set; } = "";

    public string Data { get; set; } = "";
}
