using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>The Giấy mời as a chat message: who invites whom to what, Thời gian, Địa điểm, the programme, the deadline.</summary>
public static class InvitationText
{
    public static string Compose(Delegate @delegate, ConferenceFacts facts, DelegatesOptions options, OfficeOptions office)
    {
        var lines = new List<string>
        {
            T.InvitationHeading,
            T.InvitationWho(options.Inviter, @delegate.FullName, @delegate.Position, @delegate.Organization),
            T.InvitationWhat(facts.Title),
            T.InvitationTime(facts.Start is { } start ? VietnameseDate.Full(start) : null),
            T.InvitationVenue(facts.Venue),
        };
        if (options.EffectiveProgramme.Count > 0)
        {
            lines.Add(T.ProgrammeHeading);
            lines.AddRange(options.EffectiveProgramme.Select((item, i) => $"{i + 1}. {item}"));
        }

        lines.Add(T.InvitationDeadline(facts.RsvpDeadline is { } deadline ? VietnameseDate.DateTime(deadline) : null, office.Phone));
        lines.Add(T.Regards);
        return string.Join("\n", lines);
    }
}
