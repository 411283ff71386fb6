using P = HungYen.Bot.Core.Texts.Vi.PersonalDataSections;

namespace HungYen.Bot.ZaloOa.Zns;

/// <summary>
/// What a ZNS Giấy mời keeps about a delegate: the phone it went to (and the name, on records written before the report
/// named delegates from the list). /dulieu shows it to the delegate once they reach the bot; erasing on request clears
/// it and stops one not sent yet; after the retention period every invitation's phone is purged. Wired whether or not
/// the Zalo OA is configured now, since invitations sent while it was stay in the file.
/// </summary>
public sealed class ZnsPersonalData(IRecordStore store) : IPersonalDataSource, Core.Privacy.Retention.IRetentionPolicy
{
    public PersonalData? Collect(ChatAddress person, Turn turn)
    {
        if (Of(turn.Store, person) is not { } invitation || invitation.Phone.Length == 0)
        {
            return null;
        }

        var (phone, state) = (ZnsReport.LocalPhone(invitation.Phone), ZnsReport.StateName(invitation.State));
        return new PersonalData(P.ZnsInvitations, [P.ZnsInvitation(phone, state)], new { Phone = phone, State = state, invitation.SentAt, invitation.DeliveredAt });
    }

    public IReadOnlyList<string> Erase(ChatAddress person, Turn turn)
    {
        if (Of(turn.Store, person) is { } invitation)
        {
            invitation.Forget();
            turn.Changes.Upsert(invitation);
        }

        return [];
    }

    public IReadOnlyList<string> Purge(DateTimeOffset now, ChangeSet changes)
    {
        var held = store.Query<ZnsInvitation>().Where(i => i.Phone.Length > 0 || i.FullName.Length > 0).ToList();
        foreach (var invitation in held)
        {
            invitation.Forget();
            changes.Upsert(invitation);
        }

        return held.Count == 0 ? [] : [P.ZnsPurged(held.Count)];
    }

    private static ZnsInvitation? Of(IRecordReader store, ChatAddress person) =>
        DelegateDirectory.ByAddress(store, person) is { } found ? store.Find<ZnsInvitation>(ZnsInvitation.IdFor(found.Id)) : null;
}
