using System.Text.Json.Nodes;

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

    /// <summary>Whether <paramref name="draft"/> holds any answer at all (a value other than empty, zero or false), or a file.</summary>
    public static bool HasAnswers(IReadOnlyDictionary<string, string> draft) =>
        draft.Any(d => d.Key == Turn.UploadsField || (IsAnswer(d.Key) && Leaves(d.Value).Any(v => v is not ("" or "0" or "false"))));

    /// <summary>The words the person typed into <paramref name="draft"/>, as they typed them (for showing them their data).</summary>
    public static IReadOnlyList<string> TypedAnswers(IReadOnlyDictionary<string, string> draft) =>
        [.. draft.Where(d => IsAnswer(d.Key)).SelectMany(d => Leaves(d.Value, textOnly: true)).Where(v => v.Length > 0)];

    /// <summary>Whether <paramref name="field"/> of a session's draft holds the person's answers (not the consent notes, not the files list).</summary>
    public static bool IsAnswer(string field) => field != Turn.UploadsField && !field.StartsWith("consent:", StringComparison.Ordinal);

    /// <summary>The values of a serialised draft (its leaves), or the value itself when it is plain text.</summary>
    private static IEnumerable<string> Leaves(string value, bool textOnly = false)
    {
        JsonNode? node;
        try
        {
            node = value.StartsWith('{') ? JsonNode.Parse(value) : null;
        }
        catch (JsonException)
        {
            node = null;
        }

        return node is null ? [value] : LeavesOf(node, textOnly);
    }

    private static IEnumerable<string> LeavesOf(JsonNode? node, bool textOnly) => node switch
    {
        JsonObject o => o.SelectMany(p => LeavesOf(p.Value, textOnly)),
        JsonArray a => a.SelectMany(item => LeavesOf(item, textOnly)),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        JsonValue v when !textOnly => [v.ToJsonString()],
        _ => [],
    };
}
