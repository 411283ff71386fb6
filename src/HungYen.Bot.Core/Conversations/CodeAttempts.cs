namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// Wrong enrolment or invitation codes from one person. After a few failures within a window the person must wait,
/// longer each time, so codes cannot be guessed by trying.
/// </summary>
public sealed partial class CodeAttempts : Record
{
    public const int FreeFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public int Failures { get; set; }

    public DateTimeOffset WindowStart { get; set; }

    public DateTimeOffset? BlockedUntil { get; set; }

    public int Blocks { get; set; }

    /// <summary>
    /// Whether the text has the shape of a code (a single token of link-safe characters) once trimmed of every kind of
    /// space (non-breaking ones too), as the handlers trim it before matching.
    /// </summary>
    public static bool LooksLikeCode(string text) => CodeShape().IsMatch(text.Trim());

    public bool IsBlocked(DateTimeOffset now) => BlockedUntil is { } until && until > now;

    /// <summary>Counts a failure; returns true when the person is now blocked.</summary>
    public bool Fail(DateTimeOffset now)
    {
        if (now - WindowStart >= Window)
        {
            WindowStart = now;
            Failures = 0;
        }

        Failures++;
        if (Failures < FreeFailures)
        {
            return false;
        }

        Blocks++;
        BlockedUntil = now + TimeSpan.FromMinutes(15 * Math.Pow(2, Math.Min(Blocks - 1, 6)));
        Failures = 0;
        WindowStart = now;
        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{6,64}$")]
    private static partial Regex CodeShape();
}
