using System.Globalization;
using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conference;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using Microsoft.Extensions.Options;
using Stateless;

namespace HungYen.Bot.ZaloOa.Zns;

/// <summary>
/// /moi_zns — the office sends a ZNS Giấy mời to every imported delegate who has never written to the bot. Nothing is
/// scheduled before the office confirms the count it was shown; if the list changed meanwhile, the new count is asked
/// again. Confirming stores one <see cref="ZnsInvitation"/> per person in the same commit; <see cref="ZnsSender"/> sends them.
/// </summary>
public sealed class ZnsInviteFlow(ConferenceSchedule schedule, IOptionsMonitor<BotOptions> bot, IOptions<ZaloOaOptions> options)
    : StatelessFlow<ZnsInviteFlow.State, ZnsInviteFlow.Trigger>
{
    public const string SendData = "send";
    private const string CountField = "count";

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

    public override string Name => "zns-invite";

    public override string MenuLabel => Vi.Zns.MenuLabel;

    public override string? Command => "moi_zns";

    public override string? CommandDescriptionEn => En.Zns.Invite;

    protected override State Initial => State.Idle;

    public override bool IsAvailableTo(Participant participant) => participant.IsAdmin;

    public override Task StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (CannotSend(turn) is { } why)
        {
            turn.Say(why);
            turn.EndFlow();
            return Task.CompletedTask;
        }

        var count = ZnsInvitations.Eligible(turn.Store).Count;
        if (count == 0)
        {
            turn.Say(Vi.Zns.NobodyToInvite);
            turn.EndFlow();
            return Task.CompletedTask;
        }

        turn.Session.Set(CountField, count.ToString(CultureInfo.InvariantCulture));
        return MachineFor(turn).FireAsync(Trigger.Begin);
    }

    public override Task HandleAsync(Turn turn, UserInput input, CancellationToken cancellationToken)
    {
        if (!input.IsChoice(SendData))
        {
            RejectInput(turn, Vi.ChooseFromList);
            return Task.CompletedTask;
        }

        var asked = int.TryParse(turn.Session.Get(CountField), CultureInfo.InvariantCulture, out var n) ? n : -1;
        var eligible = ZnsInvitations.Eligible(turn.Store);
        if (eligible.Count == 0)
        {
            turn.Say(Vi.Zns.NobodyToInvite);
            turn.EndFlow();
            return Task.CompletedTask;
        }

        if (eligible.Count != asked)
        {
            turn.Session.Set(CountField, eligible.Count.ToString(CultureInfo.InvariantCulture));
            RejectInput(turn, Vi.Zns.CountChanged(asked, eligible.Count));
            return Task.CompletedTask;
        }

        foreach (var person in eligible)
        {
            turn.Changes.Upsert(ZnsInvitations.For(person, turn.User.Address.ToString(), turn.Now));
        }

        return MachineFor(turn).FireAsync(Trigger.Confirm);
    }

    protected override void Configure(StateMachine<State, Trigger> machine, Turn? turn)
    {
        machine.Configure(State.Idle)
            .Permit(Trigger.Begin, State.Confirming);

        machine.Configure(State.Confirming)
            .OnEntry(() => Ask(turn!, State.Confirming), "cho biết số đại biểu sẽ nhận, hỏi xác nhận")
            .Permit(Trigger.Confirm, State.Scheduled);

        machine.Configure(State.Scheduled)
            .OnEntry(() => Done(turn!), "lưu từng Giấy mời để gửi đúng một lần");
    }

    protected override void Ask(Turn turn, State state)
    {
        var count = int.TryParse(turn.Session.Get(CountField), CultureInfo.InvariantCulture, out var n) ? n : 0;
        turn.Ask(Vi.Zns.AskConfirm(count, options.Value.InvitationTemplateId ?? ""), new Choice(Vi.Zns.Send(count), SendData), CommonChoices.Cancel);
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
