using System.Text.Json;

namespace HungYen.Bot.Core.Conversations;

/// <summary>A flow's answers so far, kept in the session as one serialised value under <see cref="Key"/>.</summary>
public static class SessionDraft
{
    /// <summary>The session key of the serialised draft.</summary>
    public const string Key = "details";

    /// <summary>
    /// The draft in <paramref name="session"/>; one that cannot be read starts empty; a session saved before the flow
    /// kept one draft is read by <paramref name="older"/> (its older session keys), so nothing under way is lost.
    /// </summary>
    public static TDraft Read<TDraft>(ConversationSession session, Func<ConversationSession, TDraft> older)
        where TDraft : class, new()
    {
        if (session.Get(Key) is not { } json)
        {
            return older(session);
        }

        try
        {
            return JsonSerializer.Deserialize<TDraft>(json) ?? new TDraft();
        }
        catch (JsonException)
        {
            return new TDraft();
        }
    }

    public static void Write<TDraft>(ConversationSession session, TDraft draft) => session.Set(Key, JsonSerializer.Serialize(draft));
}
