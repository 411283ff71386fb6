using System.Text.Encodings.Web;
using T = HungYen.Bot.Core.Texts.Vi.PrivacyRights;

namespace HungYen.Bot.Core.Privacy.Rights;

/// <summary>
/// /dulieu — the person's rights over their data, in chat: see everything stored (text and a JSON copy), delete it
/// after a confirmation (the office told when official records are affected), withdraw consent, read the notice again.
/// </summary>
public sealed class PrivacyRightsFlow : StagedFlow<PrivacyRightsFlow.State, PrivacyRightsFlow.Trigger, NoDraft>
{
    protected override FlowCard Card { get; } = new("privacy", T.MenuLabel, "dulieu", En.Commands.PrivacyRights);

    protected override FlowStart<State, Trigger> Start { get; } = new(State.Idle, Trigger.Begin) { Back = Trigger.Back };

    /// <summary>The data of both confirmations' button, as older sessions' buttons carry it.</summary>
    private const string Confirm = "Confirm";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IEnumerable<IPersonalDataSource> sources;
    private readonly ConsentGate consent;

    public PrivacyRightsFlow(IEnumerable<IPersonalDataSource> sources, ConsentGate consent)
    {
        this.sources = sources;
        this.consent = consent;
        Stages =
        [
            new(State.Choosing, (_, _) => new Prompt(T.Ask))
            {
                Buttons =
                [
                    Button(T.View, Trigger.View, State.Done) with { Then = (turn, _) => Finish(turn, ShowData), Does = "gửi dữ liệu và bản JSON" },
                    Button(T.Erase, Trigger.Erase, State.ConfirmingErase),
                    Button(T.Withdraw, Trigger.Withdraw, State.ConfirmingWithdraw),
                    Button(T.ShowNotice, Trigger.ShowNotice, State.Done) with { Then = (turn, _) => Finish(turn, t => t.Say(consent.NoticeText())), Does = "hiện thông báo" },
                ],
            },
            new(State.ConfirmingErase, (_, _) => new Prompt(T.ConfirmErase))
            {
                Buttons = [Button(T.YesErase, Trigger.ConfirmErase, State.Done) with { Data = Confirm, Then = (turn, _) => Finish(turn, Erase), Does = "xóa dữ liệu" }],
                Back = State.Choosing,
            },
            new(State.ConfirmingWithdraw, (_, _) => new Prompt(T.ConfirmWithdraw))
            {
                Buttons = [Button(T.YesWithdraw, Trigger.ConfirmWithdraw, State.Done) with { Data = Confirm, Then = (turn, _) => Finish(turn, WithdrawConsent), Does = "rút lại sự đồng ý" }],
                Back = State.Choosing,
            },
        ];
    }

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
        ConfirmErase,
        ConfirmWithdraw,
        Back,
    }

    protected override IReadOnlyList<Stage<State, Trigger, NoDraft>> Stages { get; }

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
        turn.SendFile(T.JsonCaption, T.JsonFileName, json);
    }

    private void Erase(Turn turn)
    {
        var affected = sources.SelectMany(s => s.Erase(turn.User.Address, turn)).ToList();
        consent.Withdraw(turn);
        if (affected.Count > 0)
        {
            // By address only: the name was just erased, and the notice is stored like any message.
            turn.NotifyOffice(T.OfficeErasure(turn.User.Address.ToString(), affected));
        }

        turn.Say(T.Erased);
    }

    private void WithdrawConsent(Turn turn)
    {
        consent.Withdraw(turn);
        turn.Say(T.Withdrawn);
        turn.NotifyOffice(T.OfficeWithdrawn($"{turn.User.DisplayName} ({turn.User.Address})"));
    }

    /// <summary>Does what was chosen, then ends the flow (withdrawing consent may have ended it already).</summary>
    private void Finish(Turn turn, Action<Turn> action)
    {
        action(turn);
        if (turn.Session.Flow == Name)
        {
            turn.EndFlow();
        }
    }
}
