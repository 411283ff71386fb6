using System.Diagnostics;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// Every code-shaped guess counts towards the throttle after the normalisation the matcher uses (spaces, non-breaking
/// spaces, case, dashes), so 300 guesses cannot be tried in 30 seconds, whatever shape they are typed in.
/// </summary>
public sealed class CodeGuessingTests() : RealHostTest("hy-guess")
{
    private const long Guesser = 6501;
    private const string RealCode = "K7M2QX9P";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var changes = new ChangeSet();
        changes.Upsert(new HungYen.Bot.Core.Delegates.Delegate { Id = "d1", FullName = "Hoàng Văn Em", Organization = "UBND xã", Phone = "0912345678", Token = "dm-t", InviteCode = RealCode, CheckInCode = "C1" });
        Bot.Store.Commit(changes);
    }

    /// <summary>A guess typed the ways the matcher forgives: spaces, non-breaking spaces, lower case, dashes of any kind.</summary>
    private static string Shape(string code, int i) => (i % 5) switch
    {
        0 => code[..4].ToLowerInvariant() + " " + code[4..].ToLowerInvariant(),
        1 => code[..4] + "\u00A0" + code[4..],
        2 => code[..2] + " " + code[2..4] + "\u2013" + code[4..6] + " " + code[6..],
        3 => string.Join(' ', code.ToCharArray()),
        _ => code[..4].ToLowerInvariant() + "\u2011" + code[4..] + "\u00A0",
    };

    [Fact]
    public async Task Guess_300InvitationCodesInAnyShape_OnlyTheFreeFewAreTriedAndTheRealCodeIsThenRefused()
    {
        var chat = new TelegramChat(Fake, Guesser, "Người đoán mã");
        await chat.ConsentsAsync();
        var before = chat.Inbox.Count;
        var random = new Random(14);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 300; i++)
        {
            string guess;
            do
            {
                guess = new string([.. Enumerable.Range(0, DelegateCodes.InviteCodeLength).Select(_ => DelegateCodes.Alphabet[random.Next(DelegateCodes.Alphabet.Length)])]);
            }
            while (guess == RealCode);

            Fake.UserSays(Guesser, Shape(guess, i), "Người đoán mã");
        }

        await Fake.WaitForCountAsync(Guesser, before + 300, TimeSpan.FromSeconds(60));
        var answers = chat.Inbox.Skip(before).Select(m => m.Text).ToList();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"300 guesses answered in {clock.Elapsed.TotalSeconds:0.0} s");

        // Within these 30 seconds only the free failures were compared with the stored codes; every other guess was refused unread.
        var tried = answers.Count(a => a.Contains("không đúng", StringComparison.Ordinal));
        var refused = answers.Count(a => a.Contains("nhập sai mã nhiều lần", StringComparison.Ordinal));
        Assert.True(tried <= CodeAttemptThrottle.MaxFailures, $"{tried} guesses were tried");
        Assert.Equal(300, tried + refused);

        // The real code, typed in a forgiving shape now, is refused too: guessing cannot go on.
        await chat.Says(Shape(RealCode, 0), "nhập sai mã nhiều lần");
        Assert.Empty(Bot.Store.Find<HungYen.Bot.Core.Delegates.Delegate>("d1")!.Addresses);
    }

    [Fact]
    public async Task Guess_RealCodeWithNonBreakingSpaceAndDash_IsRecognised()
    {
        var chat = new TelegramChat(Fake, Guesser + 1, "Hoàng Văn Em");
        await chat.ConsentsAsync();
        await chat.Says("k7m2\u00A0qx\u20139p", "đại biểu được mời");
    }
}
