namespace HungYen.Bot.Core.Delegates;

/// <summary>
/// Finds delegates by what people bring: a link token, a typed code, a phone number, a chat address. Each lookup is a
/// query on an indexed property (every turn asks whether the sender is a delegate), never a scan of the whole list.
/// </summary>
public static class DelegateDirectory
{
    /// <summary>Every delegate, for the office's lists and the seat count.</summary>
    public static IReadOnlyList<Delegate> All(IRecordReader store) => store.Query<Delegate>();

    /// <summary>Whether the delegate withdrew consent from the chat account bound to them: the bot no longer reminds them.</summary>
    public static bool WithdrewConsent(IRecordReader store, Delegate d) =>
        d.Addresses.Any(a => Privacy.ConsentGate.HasWithdrawn(store, ChatAddress.Parse(a)));

    /// <summary>The name of the delegate with this id as the list holds it now; null when there is none, or they erased their data.</summary>
    public static string? NameNow(IRecordReader store, string? id) =>
        id is not null && store.Find<Delegate>(id) is { ErasedAt: null } d ? d.FullName : null;

    public static Delegate? ByPhone(IRecordReader store, PhoneNumber phone)
    {
        var value = phone.Value;
        return store.Query<Delegate>(d => d.Phone == value).FirstOrDefault();
    }

    public static Delegate? ByToken(IRecordReader store, string token) =>
        token.Length == 0 ? null : store.Query<Delegate>(d => d.Token == token).FirstOrDefault();

    public static Delegate? ByInviteCode(IRecordReader store, string typed)
    {
        var code = DelegateCodes.NormalizeShortCode(typed);
        return code.Length == 0 ? null : store.Query<Delegate>(d => d.InviteCode == code).FirstOrDefault();
    }

    public static Delegate? ByCheckInCode(IRecordReader store, string typed)
    {
        var text = typed.Trim();
        if (text.StartsWith(DelegateCodes.CheckInPrefix, StringComparison.OrdinalIgnoreCase))
        {
            text = text[DelegateCodes.CheckInPrefix.Length..];
        }

        var code = DelegateCodes.NormalizeShortCode(text);
        return code.Length == 0 ? null : store.Query<Delegate>(d => d.CheckInCode == code).FirstOrDefault();
    }

    /// <summary>The delegate this chat address belongs to (not a substitute record, which has no address).</summary>
    public static Delegate? ByAddress(IRecordReader store, ChatAddress address)
    {
        var key = address.ToString();
        return store.Query<Delegate>(d => d.Addresses.Contains(key)).FirstOrDefault();
    }
}
