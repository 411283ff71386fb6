namespace HungYen.Bot.Core.Nominations.UnitList;

/// <summary>The unit-list flow's answers, kept in the session between updates: the nomination open and the change request being written.</summary>
public sealed class UnitListDraft
{
    public string? Selected { get; set; }

    public string? Request { get; set; }

    /// <summary>The answers of a session saved before the draft was one value: one session key per answer.</summary>
    public static UnitListDraft FromOlderSession(ConversationSession session) => new()
    {
        Selected = session.Get("selected"),
        Request = session.Get("request"),
    };
}
