using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates;

/// <summary>
/// Recognises a delegate by the personal link's token ("dm-…") or the invitation code typed from the Giấy mời, then
/// opens the invitation. Wrong tokens count towards the sender's throttle; an unknown short code is left to other features.
/// </summary>
public sealed class DelegateStartCodes(AttendanceFlow flow, CodeAttemptThrottle throttle, IOptionsMonitor<BotOptions> bot) : IStartCodeHandler
{
    public bool IsCodeShaped(string text) => DelegateCodes.LooksLikeShortCode(text);

    public Task<bool> TryHandleAsync(Turn turn, string code, CancellationToken cancellationToken)
    {
        var isToken = code.StartsWith(DelegateCodes.TokenPrefix, StringComparison.Ordinal);
        if (!isToken && !DelegateCodes.LooksLikeShortCode(code))
        {
            return Task.FromResult(false);
        }

        var staff = turn.User.IsAdmin || turn.User.Role<CheckInStaffRole>() is not null;
        if (!staff && throttle.IsLockedOut(turn.User.Address, out var retryAt))
        {
            turn.Say(T.TooManyAttempts(VietnameseDate.Time(VietnameseDate.ToLocal(retryAt, bot.CurrentValue.GetTimeZone()))));
            return Task.FromResult(true);
        }

        var found = isToken ? DelegateDirectory.ByToken(turn.Store, code) : DelegateDirectory.ByInviteCode(turn.Store, code);
        if (found is null)
        {
            if (!isToken)
            {
                return Task.FromResult(false); // perhaps another feature's code; the engine counts it if nobody knows it
            }

            if (!staff && throttle.RecordFailure(turn.User.Address) && throttle.IsLockedOut(turn.User.Address, out var lockedUntil))
            {
                turn.Say(T.TooManyAttempts(VietnameseDate.Time(VietnameseDate.ToLocal(lockedUntil, bot.CurrentValue.GetTimeZone()))));
                return Task.FromResult(true);
            }

            turn.Say(T.WrongLink(turn.Office.Phone) + (staff ? "" : Texts.Vi.TriesLeft(throttle.TriesLeft(turn.User.Address))));
            return Task.FromResult(true);
        }

        throttle.RecordSuccess(turn.User.Address);
        return RecogniseAsync(turn, found);
    }

    private async Task<bool> RecogniseAsync(Turn turn, Delegate found)
    {
        if (DelegateRecognition.TryClaim(turn, found))
        {
            turn.Say(T.Recognised(found.FullName));
            await flow.BeginForAsync(turn, found).ConfigureAwait(false);
        }

        return true;
    }
}
