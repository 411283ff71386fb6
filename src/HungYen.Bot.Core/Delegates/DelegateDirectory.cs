using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Core.Text;

namespace HungYen.Bot.Core.Delegates;

/// <summary>Finds delegates by what people bring: a link token, a typed code, a phone number, a chat address.</summary>
public static class DelegateDirectory
{
    /// <summary>Every delegate; the list is small (about 60), so lookups filter in memory.</summary>
    public static IReadOnlyList<Delegate> All(IRecordStore store) => store.Query<Delegate>();

    public static Delegate? ByPhone(IRecordStore store, PhoneNumber phone) => All(store).FirstOrDefault(d => d.Phone == phone.Value);

    public static Delegate? ByToken(IRecordStore store, string token) => All(store).FirstOrDefault(d => d.Token == token);

    public static Delegate? ByInviteCode(IRecordStore store, string typed)
    {
        var code = DelegateCodes.NormalizeShortCode(typed);
        return code.Length == 0 ? null : All(store).FirstOrDefault(d => d.InviteCode == code);
    }

    public static Delegate? ByCheckInCode(IRecordStore store, string typed)
    {
        var text = typed.Trim();
        if (text.StartsWith(DelegateCodes.CheckInPrefix, StringComparison.OrdinalIgnoreCase))
        {
            text = text[DelegateCodes.CheckInPrefix.Length..];
        }

        var code = DelegateCodes.NormalizeShortCode(text);
        return code.Length == 0 ? null : All(store).FirstOrDefault(d => d.CheckInCode == code);
    }

    /// <summary>The delegate this chat address belongs to (not a substitute record, which has no address).</summary>
    public static Delegate? ByAddress(IRecordStore store, ChatAddress address) => All(store).FirstOrDefault(d => d.IsBoundTo(address));
}
