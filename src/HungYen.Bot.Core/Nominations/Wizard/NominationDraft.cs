namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>The wizard's answers, kept in the session as one serialised object. Id is the nomination being edited, or empty.</summary>
public sealed class NominationDraft : NomineeDetails
{
    /// <summary>
    /// The name given for the other kind (a person's while the nominee is a collective, or the reverse): <see cref="Name"/>
    /// serves both, so switching kind back and forth swaps them and neither answer is lost. Never saved on the nomination.
    /// </summary>
    public string OtherKindName { get; set; } = "";

    /// <summary>Sets the kind; the other kind's answers stay in the draft (left out when saved) for a switch back.</summary>
    public void SwitchKind(NomineeKind kind)
    {
        if (kind != Kind)
        {
            (Name, OtherKindName) = (OtherKindName, Name);
            Kind = kind;
        }
    }

    /// <summary>A draft holding every detail of <paramref name="nomination"/> (see <see cref="NominationSteps.DraftOf"/>).</summary>
    public static NominationDraft Of(NomineeDetails nomination)
    {
        var draft = new NominationDraft { Id = nomination.Id };
        nomination.CopyDetailsTo(draft);
        return draft;
    }
}
