namespace HungYen.Bot.Core.Privacy;

/// <summary>The engine's own share: the consent log, the conversation in progress, messages and failed updates.</summary>
public sealed class ConversationPersonalData(LocalTime local) : IPersonalDataSource
{
    public PersonalData? Collect(ChatAddress person, Turn turn)
    {
        var id = person.ToString();
        var consent = turn.Store.Find<Consent>(id);
        var draft = Answers(turn.Session.Draft);
        var setAside = turn.Session.SetAside.Values.Select(kept => Answers(kept.Draft)).Where(d => d.Count > 0).ToList();
        var messages = turn.Store.Count<OutboxMessage>(m => m.Channel == person.Channel && m.ChatId == person.Id);
        var lines = new List<string>
        {
            Vi.PrivacyRights.Identity(id, turn.User.DisplayName),
            Vi.PrivacyRights.ConsentLine(consent?.Version, consent?.GivenAt is { } given ? local.Format(given) : null),
            Vi.PrivacyRights.MessagesLine(messages),
        };
        foreach (var answers in turn.Session.SetAside.Values.Select(kept => kept.Draft).Prepend(turn.Session.Draft))
        {
            if (SessionDraft.TypedAnswers(answers) is { Count: > 0 } typed)
            {
                lines.Add(Vi.PrivacyRights.DraftLine(string.Join("; ", typed)));
            }
        }

        return new PersonalData(Vi.PrivacyRights.ConversationSection, lines, new { id, name = turn.User.DisplayName, consent = consent?.History, draft, setAside, messages });
    }

    private static Dictionary<string, string> Answers(Dictionary<string, string> draft) =>
        draft.Where(d => SessionDraft.IsAnswer(d.Key)).ToDictionary();

    public IReadOnlyList<string> Erase(ChatAddress person, Turn turn)
    {
        // Generated files already delivered (exports, packs, copies of someone's data) may carry this person: all go.
        Files.DeliveryFiles.DropDelivered(turn.Store, turn.Changes);
        foreach (var message in turn.Overlay(turn.Store.Query<OutboxMessage>(m => m.Channel == person.Channel && m.ChatId == person.Id)))
        {
            message.Text = Vi.PrivacyRights.ErasedText;
            message.Choices = [];
            if (message.FileId is { } file && file.StartsWith(Files.DeliveryFiles.Prefix, StringComparison.Ordinal))
            {
                turn.Changes.DeleteFile(file); // their JSON copy, files sent to them
                message.FileId = null;
            }

            turn.Changes.Upsert(message);
        }

        var id = person.ToString();
        StoredMessageScrubber.Scrub(turn.Store, turn.Changes, [turn.User.DisplayName, id]); // the office's notices about them
        foreach (var failed in turn.Store.Query<FailedUpdate>(f => f.User == id))
        {
            turn.Changes.Delete<FailedUpdate>(failed.Id);
        }

        turn.Changes.Delete<LatestQuestion>(id);
        turn.DropSetAside();
        turn.EndFlow();
        turn.DiscardSession = true;
        turn.Changes.Compact = true;
        return [];
    }
}
