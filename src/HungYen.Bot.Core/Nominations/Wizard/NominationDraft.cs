namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>The wizard's answers, kept in the session as one serialised object. Id is the nomination being edited, or empty.</summary>
public sealed class NominationDraft : NomineeDetails
{

    public static NominationDraft Of(Nomination nomination)
    {
        var draft = new NominationDraft { Id = nomination.Id };
        nomination.CopyDetailsTo(draft);
        return draft;
    }

    /// <summary>The nomination this draft would be, for the review screen and the checks.</summary>
    public Nomination ToNomination(string unitCode)
    {
        var nomination = new Nomination { Id = Id, UnitCode = unitCode };
        CopyDetailsTo(nomination);
        return nomination;
    }
}
