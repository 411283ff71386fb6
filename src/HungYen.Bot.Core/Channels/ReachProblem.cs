namespace HungYen.Bot.Core.Channels;

/// <summary>
/// Why a channel cannot reach a person, where the office is told more than the general reason (blocked the bot, deleted
/// the account). Stored as a code on the <see cref="Outbound.Reachability"/> and worded when shown (<see cref="Texts.Vi.Reach"/>).
/// </summary>
public enum ReachProblem
{
    /// <summary>The person has not written within the channel's reply window (the Zalo OA's 7 days).</summary>
    OutsideReplyWindow,

    /// <summary>Past the channel's free reply window, and its billed messages are off (the Zalo OA's 48 hours).</summary>
    PastFreeReplyWindow,

    /// <summary>The person unfollowed the Zalo OA: it may no longer write to them.</summary>
    Unfollowed,
}
