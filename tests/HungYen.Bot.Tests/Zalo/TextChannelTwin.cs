using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Storage;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Zalo;

/// <summary>
/// What the text-only twins of the Telegram end-to-end flows share (on Zalo Bot, <see cref="ZaloFlowTwinTests"/>; on
/// Zalo OA, <c>ZaloOaFlowTests</c>): the conference they run for and the delegate the office has invited.
/// </summary>
internal static class TextChannelTwin
{
    public const string InviteCode = "ABCD2345";
    public const string CheckInCode = "CK7W9XYZ";

    /// <summary>Signed links to a public address, a deadline and a conference in 2099 (never passed while the tests run).</summary>
    public static Dictionary<string, string?> Conference() => new()
    {
        ["Web:PublicBaseUrl"] = "https://bot.example.gov.vn",
        ["Web:LinkSigningKey"] = "test-signing-key-0123456789abcdef-0123",
        ["Conference:NominationDeadline"] = "2099-12-01T17:00",
        ["Conference:Start"] = "2099-12-18T08:00",
        ["Conference:Venue"] = "Hội trường Sở KH&CN",
    };

    /// <summary>Given the office invited Nguyễn Văn An (0912345678), invitation code <see cref="InviteCode"/>: the delegate "d1".</summary>
    public static Delegate GivenAnInvitedDelegate(IRecordStore store)
    {
        var invited = new Delegate
        {
            Id = "d1",
            FullName = "Nguyễn Văn An",
            Position = "Phó Chủ tịch",
            Organization = "UBND tỉnh",
            Phone = "0912345678",
            Token = DelegateCodes.NewToken(),
            InviteCode = InviteCode,
            CheckInCode = CheckInCode,
        };
        var changes = new ChangeSet();
        changes.Upsert(invited);
        store.Commit(changes);
        return invited;
    }
}
