using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates;

/// <summary>
/// Binds a chat account to a delegate once the person has proved who they are (link, invitation code, own contact).
/// A record already claimed by another account is never re-bound silently: the person is refused and the office told.
/// </summary>
public static class DelegateRecognition
{
    /// <summary>Returns true when the sender may act as <paramref name="delegate"/> (bound now or before).</summary>
    public static bool TryClaim(Turn turn, Delegate @delegate)
    {
        var sender = turn.User.Address;
        if (@delegate.IsBoundTo(sender))
        {
            return true;
        }

        if (@delegate.Addresses.Count > 0)
        {
            turn.Say(T.AlreadyClaimed(turn.Office.Phone));
            turn.NotifyOffice(T.OfficeClaimConflict(@delegate.FullName, @delegate.Organization, sender.ToString(), turn.User.DisplayName));
            return false;
        }

        if (DelegateDirectory.ByAddress(turn.Store, sender) is { } other && other.Id != @delegate.Id)
        {
            // One account speaks for one delegate; answering for two would make every later notice ambiguous.
            turn.Say(T.AccountHasOtherDelegate(other.FullName, turn.Office.Phone));
            return false;
        }

        @delegate.Addresses.Add(sender.ToString());
        turn.Changes.Upsert(@delegate);
        return true;
    }
}
