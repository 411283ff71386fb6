namespace HungYen.Bot.ZaloOa.Zns;

/// <summary>
/// /moi_zns — the office sends a ZNS Giấy mời to every imported delegate who has never written to the bot. Nothing is
/// scheduled before the office confirms the count it was shown; if the list changed meanwhile, the new count is asked
/// again. Confirming stores one <see cref="ZnsInvitation"/> per person in the same commit; <see cref="ZnsSender"/> sends them.
/// </summary>
public sealed class ZnsInviteFlow : StagedFlow<ZnsInviteFlow.State, ZnsInviteFlow.Trigger, ZnsInviteDraft>
{
    protected override FlowCard Card { get; } = new("zns-invite", Vi.Zns.MenuLabel, "moi_zns", En.Commands.ZnsInvite) { IsFor = p => p.IsAdmin };

    protected override FlowStart<State, Trigger> Start { get; } = new(State.Idle, Trigger.Begin);

    public const string SendData = "send";

    private readonly ConferenceSchedule schedule;
    private readonly IOptionsMonitor<BotOptions> bot;
    private readonly IOptions<ZaloOaOptions> options;

    public ZnsInviteFlow(ConferenceSchedule schedule, IOptionsMonitor<BotOptions> bot, IOptions<ZaloOaOptions> options)
    {
        this.schedule = schedule;
        this.bot = bot;
        this.options = options;
        Stages =
        [
            new(State.Confirming, (_, d) => new Prompt(Vi.Zns.AskConfirm(d.Count, options.Value.InvitationTemplateId ?? "")))
            {
                Buttons =
                [
                    new(Trigger.Confirm, State.Scheduled)
                    {
                        Label = d => Vi.Zns.Send(d.Count),
                        Data = SendData,
                        Check = (turn, d, _, _) => ValueTask.FromResult(Schedule(turn, d)),
                        Then = (turn, _) => Done(turn),
                        Does = "lưu từng Giấy mời để gửi đúng một lần",
                    },
                ],
            },
        ];
    }

    public enum State
    {
        Idle,
        Confirming,
        Scheduled,
    }

    public enum Trigger
    {
        Begin,
        Confirm,
    }

    protected override IReadOnlyList<Stage<State, Trigger, ZnsInviteDraft>> Stages { get; }

    protected override ZnsInviteDraft OlderDraft(ConversationSession session) => ZnsInviteDraft.FromOlderSession(session);

    /// <summary>Tells the office how many delegates will get the Giấy mời, once everything it needs is configured.</summary>
    protected override bool CanBegin(Turn turn, ZnsInviteDraft draft)
    {
        var why = CannotSend(turn);
        var count = why is null ? ZnsInvitations.Eligible(turn.Store).Count : 0;
        if (why is not null || count == 0)
        {
            turn.Say(why ?? Vi.Zns.NobodyToInvite);
            turn.EndFlow();
            return false;
        }

        draft.Count = count;
        return true;
    }

    /// <summary>Stores one invitation per delegate, unless the list changed since the count was shown (then it is asked again).</summary>
    private static string? Schedule(Turn turn, ZnsInviteDraft draft)
    {
        var eligible = ZnsInvitations.Eligible(turn.Store);
        if (eligible.Count == 0)
        {
            turn.Say(Vi.Zns.NobodyToInvite);
            turn.EndFlow();
            return null;
        }

        if (eligible.Count != draft.Count)
        {
            var asked = draft.Count;
            draft.Count = eligible.Count;
            return Vi.Zns.CountChanged(asked, eligible.Count);
        }

        foreach (var person in eligible)
        {
            turn.Changes.Upsert(ZnsInvitations.For(person, turn.User.Address.ToString(), turn.Now));
        }

        return null;
    }

    private static void Done(Turn turn)
    {
        var count = turn.Changes.Upserts.OfType<ZnsInvitation>().Count();
        turn.EndFlow();
        turn.Say(Vi.Zns.Scheduled(count));
    }

    private string? CannotSend(Turn turn)
    {
        if (string.IsNullOrWhiteSpace(options.Value.InvitationTemplateId))
        {
            return Vi.Zns.NoTemplate;
        }

        if (!ZnsInvitations.HasPersonalLink(bot.CurrentValue))
        {
            return Vi.Zns.NoWebLink;
        }

        var facts = schedule.Current();
        return facts.Start is null || string.IsNullOrWhiteSpace(facts.Venue) ? Vi.Zns.NoTimeOrVenue : null;
    }
}
