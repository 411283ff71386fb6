using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.CheckIn;

/// <summary>
/// A check-in code scanned from a delegate's QR ("ci-…", arriving as /start) or typed alone by check-in staff.
/// Anyone else who scans a QR is told it is for the staff at the door.
/// </summary>
public sealed class CheckInStartCodes(CheckInDesk desk) : IStartCodeHandler
{
    public Task<bool> TryHandleAsync(Turn turn, string code, CancellationToken cancellationToken)
    {
        var scanned = code.StartsWith(DelegateCodes.CheckInPrefix, StringComparison.OrdinalIgnoreCase);
        if (!scanned && !DelegateCodes.LooksLikeShortCode(code))
        {
            return Task.FromResult(false);
        }

        if (!CheckInDesk.MayCheckIn(turn))
        {
            if (scanned)
            {
                turn.Say(T.CheckInOnlyStaff);
            }

            return Task.FromResult(scanned);
        }

        if (desk.CheckIn(turn, code))
        {
            return Task.FromResult(true);
        }

        if (scanned)
        {
            turn.Say(T.CheckInUnknownCode);
        }

        return Task.FromResult(scanned);
    }
}
