namespace HungYen.Bot.Core.Privacy;

/// <summary>What the gate decided for this update.</summary>
public enum ConsentOutcome
{
    /// <summary>The person has consented to the current notice: handle the update normally.</summary>
    Pass,

    /// <summary>The gate answered (showed the notice, or recorded a refusal): nothing more to do.</summary>
    Handled,

    /// <summary>Consent was just given: continue with the start code the person came with, if any, or the welcome.</summary>
    JustGranted,
}

/// <summary>
/// Nothing personal is collected before the person has agreed to the current notice. Until then every update shows the
/// notice with "Đồng ý" / "Không đồng ý"; a start code the person came with is held and used once they agree.
/// Declining keeps nothing: the session is discarded.
/// </summary>
public sealed class ConsentGate(IOptionsMonitor<PrivacyOptions> privacy, IOptionsMonitor<OfficeOptions> office)
{
    public const string PendingCodeField = "consent:start-code";
    private const string AgreeData = "consent:yes";
    private const string DeclineData = "consent:no";

    public ConsentOutcome Check(Turn turn)
    {
        var version = privacy.CurrentValue.NoticeVersion;
        var consent = turn.Store.Find<Consent>(turn.User.Address.ToString());
        if (consent?.Covers(version) == true)
        {
            return ConsentOutcome.Pass;
        }

        var choice = PickedChoice(turn);
        if (choice == AgreeData)
        {
            Record(turn, consent, version, given: true);
            turn.Say(Vi.Privacy.Thanks);
            return ConsentOutcome.JustGranted;
        }

        if (choice == DeclineData)
        {
            if (consent?.Version is not null)
            {
                Record(turn, consent, version, given: false); // declining a changed notice withdraws the old consent
            }

            turn.EndFlow();
            turn.DiscardSession = true;
            turn.Say(Vi.Privacy.Declined);
            return ConsentOutcome.Handled;
        }

        HoldStartCode(turn);
        if (consent?.Version is not null)
        {
            turn.Say(Vi.Privacy.NoticeChanged);
        }

        AskConsent(turn);
        return ConsentOutcome.Handled;
    }

    /// <summary>Shows the notice and asks for consent.</summary>
    public void AskConsent(Turn turn) =>
        turn.Ask(
            NoticeText() + "\n\n" + Vi.Privacy.Question,
            new Choice(Vi.Privacy.Agree, AgreeData),
            new Choice(Vi.Privacy.Decline, DeclineData));

    /// <summary>The current notice, filled from configuration.</summary>
    public string NoticeText()
    {
        var p = privacy.CurrentValue;
        var o = office.CurrentValue;
        return Vi.Privacy.Notice(p.NoticeVersion, p.Controller, o.Name, o.Phone, p.RetentionDaysAfterConference);
    }

    /// <summary>Whether the person once agreed and then withdrew (or declined a changed notice): nothing more may be sent to them unasked.</summary>
    public static bool HasWithdrawn(IRecordReader store, ChatAddress person) => store.Find<Consent>(person.ToString()) is { Version: null };

    /// <summary>Records a withdrawal of consent (the person asked through /dulieu).</summary>
    public void Withdraw(Turn turn)
    {
        var consent = turn.Store.Find<Consent>(turn.User.Address.ToString());
        if (consent is not null)
        {
            Record(turn, consent, consent.Version ?? privacy.CurrentValue.NoticeVersion, given: false);
        }
    }

    public static string? TakeStartCode(Turn turn)
    {
        var code = turn.Session.Get(PendingCodeField);
        turn.Session.Set(PendingCodeField, null);
        return code;
    }

    private static string? PickedChoice(Turn turn)
    {
        var update = turn.Update;
        if (update.Button is { } button)
        {
            return Turn.TryParseStamped(button.Data, out var stamp, out var value) && stamp == turn.Session.Stamp ? value : null;
        }

        return update.Text is { } text ? ChoiceMatcher.Match(text, turn.Session.Choices)?.Data : null;
    }

    private static void HoldStartCode(Turn turn)
    {
        var text = turn.Update.Text?.Trim();
        if (text is not null && text.StartsWith("/start ", StringComparison.OrdinalIgnoreCase))
        {
            turn.Session.Set(PendingCodeField, text[7..].Trim());
        }
        else if (text is not null && CodeAttempts.LooksLikeCode(text.Replace(" ", "", StringComparison.Ordinal)))
        {
            turn.Session.Set(PendingCodeField, text); // typed alone, as on Zalo where there are no links
        }
    }

    private static void Record(Turn turn, Consent? consent, string version, bool given)
    {
        consent ??= new Consent { Id = turn.User.Address.ToString() };
        consent.Version = given ? version : null;
        consent.GivenAt = given ? turn.Now : null;
        consent.History.Add(new ConsentEvent { Given = given, At = turn.Now, Channel = turn.User.Address.Channel, Version = version });
        turn.Changes.Upsert(consent);
    }
}
