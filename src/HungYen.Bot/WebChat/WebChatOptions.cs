namespace HungYen.Bot.WebChat;

/// <summary>Section "WebChat": the chat page served under /w when the web server is on (Web:Urls).</summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>The chat is on with the web server unless this is false.</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 100_000)]
    public int RequestsPerMinutePerBrowser { get; set; } = 120;

    [Range(1, 1_000_000)]
    public int RequestsPerMinutePerAddress { get; set; } = 1200;

    /// <summary>Largest file a browser may upload (the flows check their own, smaller limits and explain them).</summary>
    [Range(1, 100)]
    public int MaxUploadMegabytes { get; set; } = 20;

    [Range(1, 3650)]
    public int SessionDays { get; set; } = 180;

    [Range(1, 600)]
    public int HeartbeatSeconds { get; set; } = 20;
}
