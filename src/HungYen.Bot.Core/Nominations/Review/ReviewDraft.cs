namespace HungYen.Bot.Core.Nominations.Review;

/// <summary>The review flow's answers, kept in the session between updates: the dossier open, the version seen, the decision and its note.</summary>
public sealed class ReviewDraft
{
    /// <summary>The nomination being reviewed.</summary>
    public string? Selected { get; set; }

    /// <summary>The version the decision buttons were shown with: a decision is checked against it.</summary>
    public int? SeenVersion { get; set; }

    /// <summary>The decision a note was written for (không đủ điều kiện, đề nghị bổ sung).</summary>
    public NominationStatus? Decision { get; set; }

    public string? Note { get; set; }

    /// <summary>The answers of a session saved before the draft was one value: one session key per answer.</summary>
    public static ReviewDraft FromOlderSession(ConversationSession session) => new()
    {
        Selected = session.Get("selected"),
        SeenVersion = int.TryParse(session.Get("seen-version"), NumberStyles.None, CultureInfo.InvariantCulture, out var seen) ? seen : null,
        Note = session.Get("note"),
    };
}
