using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using Stateless;
using T = HungYen.Bot.Core.Texts.Vi.PrivacyRights;

namespace HungYen.Bot.Core.Privacy.Rights;

/// <summary>
/// /dulieu — the person's rights over their data, in chat: see everything stored (text and a JSON copy), delete it
/// after a confirmation (the office told when official records are affected), withdraw consent, read the notice again.
/// </summary>
public sealed class PrivacyRightsFlow(IEnumerable<IPersonalDataSource> sources, ConsentGate consent) : StatelessFlow<PrivacyRightsFlow.State, PrivacyRightsFlow.Trigger>
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public enum State
    {
        Idle,
        Choosing,
        ConfirmingErase,
        ConfirmingWithdraw,
        Done,
    }

    public enum Trigger
    {
        Begin,
        View,
        ShowNotice,
        Erase,
        Withdraw,
        Confirm,
        Back,
    }

    public override string Name => "privacy";

    public override string MenuLabel => T.MenuLabel;

    public override string? Command => "dulieu";

    public override string? CommandDescriptionEn => En.Commands.PrivacyRights;

    protected override State Initial => State.Idle;

    public override bool IsAvailableTo(Participant participant) => true;

    public override Task StartAsync(Turn turn, CancellationToken cancellationToken) => MachineFor(turn).FireAsync(Trigger.Begin);

    public override Task HandleAsync(Turn turn, UserInput input, CancellationToken cancellationToken)
    {
        var trigger = input.Kind == InputKind.Choice && Enum.TryParse<Trigger>(input.Value, out var t) && t is not Trigger.Begin ? t : (Trigger?)null;
        if (trigger is null)
        {
            RejectInput(turn, Vi.ChooseFromList);
            return Task.CompletedTask;
        }

        return MachineFor(turn).FireAsync(trigger.Value);
    }

    protected override void Configure(StateMachine<State, Trigger> machine, Turn? turn)
    {
        machine.Configure(State.Idle)
            .Permit(Trigger.Begin, State.Choosing);

        machine.Configure(State.Choosing)
            .OnEntry(() => Ask(turn!, State.Choosing))
            .Permit(Trigger.View, State.Done)
            .Permit(Trigger.ShowNotice, State.Done)
            .Permit(Trigger.Erase, State.ConfirmingErase)
            .Permit(Trigger.Withdraw, State.ConfirmingWithdraw);

        machine.Configure(State.ConfirmingErase)
            .OnEntry(() => Ask(turn!, State.ConfirmingErase))
            .Permit(Trigger.Confirm, State.Done)
            .Permit(Trigger.Back, State.Choosing);

        machine.Configure(State.ConfirmingWithdraw)
            .OnEntry(() => Ask(turn!, State.ConfirmingWithdraw))
            .Permit(Trigger.Confirm, State.Done)
            .Permit(Trigger.Back, State.Choosing);

        machine.Configure(State.Done)
            .OnEntryFrom(Trigger.View, () => ShowData(turn!), "gửi dữ liệu và bản JSON")
            .OnEntryFrom(Trigger.ShowNotice, () => ShowNotice(turn!), "hiện thông báo")
            .OnEntry(t => Finish(turn!, t.Source), "xóa dữ liệu hoặc rút lại sự đồng ý");
    }

    protected override void Ask(Turn turn, State state)
    {
        switch (state)
        {
            case State.ConfirmingErase:
                turn.Ask(T.ConfirmErase, new Choice(T.YesErase, nameof(Trigger.Confirm)), new Choice(Vi.Back, nameof(Trigger.Back)));
                break;
            case State.ConfirmingWithdraw:
                turn.Ask(T.ConfirmWithdraw, new Choice(T.YesWithdraw, nameof(Trigger.Confirm)), new Choice(Vi.Back, nameof(Trigger.Back)));
                break;
            default:
                turn.Ask(
                    T.Ask,
                    new Choice(T.View, nameof(Trigger.View)),
                    new Choice(T.Erase, nameof(Trigger.Erase)),
                    new Choice(T.Withdraw, nameof(Trigger.Withdraw)),
                    new Choice(T.ShowNotice, nameof(Trigger.ShowNotice)),
                    CommonChoices.Cancel);
                break;
        }
    }

    private void ShowData(Turn turn)
    {
        var sections = sources.Select(s => s.Collect(turn.User.Address, turn)).OfType<PersonalData>().ToList();
        var text = new StringBuilder(T.Header);
        foreach (var section in sections)
        {
            text.Append("\n\n").Append(section.Section).Append(':');
            foreach (var line in section.Lines)
            {
                text.Append("\n• ").Append(line);
            }
        }

        text.Append("\n\n").Append(T.ThirdPartyRecords);
        turn.Say(text.ToString());
        var json = JsonSerializer.SerializeToUtf8Bytes(sections.ToDictionary(s => s.Section, s => s.Raw), Json);
        turn.SendFile(T.JsonCaption, "Dữ liệu cá nhân.json", json);
    }

    private void ShowNotice(Turn turn) => turn.Say(consent.NoticeText());

    private void Finish(Turn turn, State from)
    {
        switch (from)
        {
            case State.ConfirmingErase:
                var affected = sources.SelectMany(s => s.Erase(turn.User.Address, turn)).ToList();
                consent.Withdraw(turn);
                if (affected.Count > 0)
                {
                    // By address only: the name was just erased, and the notice is stored like any message.
                    turn.NotifyOffice(T.OfficeErasure(turn.User.Address.ToString(), affected));
                }

                turn.Say(T.Erased);
                break;
            case State.ConfirmingWithdraw:
                consent.Withdraw(turn);
                turn.Say(T.Withdrawn);
                turn.NotifyOffice(T.OfficeWithdrawn($"{turn.User.DisplayName} ({turn.User.Address})"));
                break;
        }

        if (turn.Session.Flow == Name)
        {
            turn.EndFlow();
        }
    }
}
