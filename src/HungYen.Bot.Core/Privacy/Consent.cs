namespace HungYen.Bot.Core.Privacy;

/// <summary>A person's consent to the personal-data notice, with every decision kept. Id is the person's "channel:id".</summary>
public sealed class Consent : Record
{
    /// <summary>The notice version agreed to; null when withdrawn.</summary>
    public string? Version { get; set; }

    public DateTimeOffset? GivenAt { get; set; }

    public List<ConsentEvent> History { get; set; } = [];

    public bool Covers(string version) => Version == version;
}

/// <summary>One decision: given or withdrawn, when, on which channel, for which notice version.</summary>
public sealed class ConsentEvent
{
    public bool Given { get; set; }

    public DateTimeOffset At { get; set; }

    public string Channel { get; set; } = "";

    public string Version { get; set; } = "";
}
