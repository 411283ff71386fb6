namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// A start code (link payload, "/start &lt;code&gt;", or typed alone) offered to every <see cref="IStartCodeHandler"/>;
/// wrong codes are counted and, past the limit, the person is locked out for a while (<see cref="CodeAttemptThrottle"/>).
/// </summary>
public sealed class StartCodes(IEnumerable<IStartCodeHandler> handlers, CodeAttemptThrottle throttle, LocalTime local)
{
    private readonly IReadOnlyList<IStartCodeHandler> _handlers = [.. handlers];

    /// <summary>True when the text was taken as a code (handled, refused as wrong, or refused by the lock-out).</summary>
    public async Task<bool> TryHandleAsync(Turn turn, string code, CancellationToken ct)
    {
        // Office admins and people who scan codes (check-in staff) are trusted; everyone else is slowed down on wrong codes.
        // A code is counted whatever its shape: what any handler's matcher would take after its normalisation counts too.
        var shaped = CodeAttempts.LooksLikeCode(code) || _handlers.Any(h => h.IsCodeShaped(code));
        var counted = shaped && !turn.User.IsAdmin && !turn.User.Roles.OfType<IScansCodes>().Any();
        if (counted && throttle.IsLockedOut(turn.User.Address, out var until))
        {
            turn.Say(Vi.TooManyWrongCodes(local.Format(until)));
            return true;
        }

        foreach (var handler in _handlers)
        {
            if (await handler.TryHandleAsync(turn, code.Trim(), ct).ConfigureAwait(false))
            {
                return true;
            }
        }

        if (!shaped)
        {
            return false;
        }

        if (counted && throttle.RecordFailure(turn.User.Address) && throttle.IsLockedOut(turn.User.Address, out var blockedUntil))
        {
            turn.Say(Vi.TooManyWrongCodes(local.Format(blockedUntil)));
            return true;
        }

        turn.Say(Vi.WrongCode(turn.Office.Phone) + (counted ? Vi.TriesLeft(throttle.TriesLeft(turn.User.Address)) : ""));
        return true;
    }
}
