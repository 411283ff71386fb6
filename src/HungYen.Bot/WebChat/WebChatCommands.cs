using T = HungYen.Bot.Core.Texts.Vi.WebChat;

namespace HungYen.Bot.WebChat;

/// <summary>/web_phien: the chat's general link and who has browsers bound, for the office.</summary>
public sealed class WebSessionsCommand(WebChatSessions sessions, IOptionsMonitor<BotOptions> bot) : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("web_phien", T.SessionsDescription, En.Commands.WebSessions);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        if (StartLinks.General(bot.CurrentValue) is { } link && StartLinks.Web(bot.CurrentValue, "x") is not null)
        {
            text.Append(T.GeneralLink(link)).Append("\n\n");
        }

        var zone = bot.CurrentValue.GetTimeZone();
        var people = sessions.All().GroupBy(s => s.PersonId).OrderBy(g => g.Min(s => s.CreatedAt)).ToList();
        foreach (var person in people)
        {
            var since = VietnameseDate.ToLocal(person.Min(s => s.CreatedAt), zone);
            text.Append(T.SessionLine($"{WebChatChannel.ChannelName}:{person.Key}", person.Count(), $"{VietnameseDate.Time(since)} {VietnameseDate.Date(since)}")).Append('\n');
        }

        turn.Say(people.Count == 0 ? (text + T.NoSessions).Trim() : text.ToString().TrimEnd());
        return Task.CompletedTask;
    }
}

/// <summary>/web_thuhoi web:&lt;id&gt;: ends every browser session of that person (a lost phone); their pages close at once.</summary>
public sealed class RevokeWebSessionCommand(WebChatSessions sessions) : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("web_thuhoi", T.RevokeDescription, En.Commands.RevokeWebSession);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var argument = arguments.Trim();
        if (argument.Length == 0 || ChatAddress.Parse(argument, WebChatChannel.ChannelName) is not { Channel: WebChatChannel.ChannelName } address)
        {
            turn.Say(T.RevokeUsage);
            return Task.CompletedTask;
        }

        turn.Say(T.Revoked(address.ToString(), sessions.Revoke(address.Id)));
        return Task.CompletedTask;
    }
}
