using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.CheckIn;

/// <summary>Marks delegates arrived at the door and counts arrivals against confirmations.</summary>
public sealed class CheckInDesk(IOptionsMonitor<BotOptions> bot, Conference.ConferenceSchedule schedule)
{
    public static bool MayCheckIn(Turn turn) => MayCheckIn(turn.User);

    /// <summary>Office admins and the check-in staff they named.</summary>
    public static bool MayCheckIn(Participant participant) => participant.IsAdmin || participant.Role<CheckInStaffRole>() is not null;

    /// <summary>
    /// Checks in the delegate with <paramref name="code"/>, their check-in code or the invitation code on the Giấy mời
    /// they show at the door; says what happened. False when no delegate has the code.
    /// </summary>
    public bool CheckIn(Turn turn, string code)
    {
        // "<mã> xacnhan": staff confirm a check-in before the conference day.
        var words = code.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var confirmed = words.Length > 1 && ChoiceMatcher.Fold(words[^1]) == "xacnhan";
        if (confirmed)
        {
            code = string.Join(' ', words[..^1]);
        }

        if ((DelegateDirectory.ByCheckInCode(turn.Store, code) ?? DelegateDirectory.ByInviteCode(turn.Store, code)) is not { } found)
        {
            return false;
        }

        var zone = bot.CurrentValue.GetTimeZone();
        if (found.CheckedInAt is { } earlier)
        {
            turn.Say(T.AlreadyCheckedIn(found.FullName, VietnameseDate.Time(VietnameseDate.ToLocal(earlier, zone))));
            return true;
        }

        // Someone who sent a substitute has their code cancelled: the substitute comes with their own QR.
        if (found.Status == RsvpStatus.Substituted && found.SubstitutedBy is { } sid && turn.Store.Find<Delegate>(sid) is { } substitute)
        {
            turn.Say(Texts.Vi.OfficeRepairs.CodeOfSubstituted(found.FullName, substitute.FullName, substitute.Phone));
            return true;
        }

        if (!confirmed && schedule.Current().Start is { } start && VietnameseDate.ToLocal(turn.Now, zone).Date < start.Date)
        {
            turn.Say(Texts.Vi.ConferenceChange.EarlyCheckIn(found.FullName, VietnameseDate.Date(start), found.CheckInCode));
            return true;
        }

        found.CheckedInAt = turn.Now;
        found.CheckedInBy = turn.User.Address.ToString();
        turn.Changes.Upsert(found);
        var all = DelegateDirectory.All(turn.Store);
        var arrived = all.Count(d => d.CheckedInAt is not null && d.Id != found.Id) + 1;
        var expected = all.Count(d => d.Status == RsvpStatus.Attending);
        turn.Say(T.CheckedIn(found.FullName, found.Position, found.Organization, VietnameseDate.Time(VietnameseDate.ToLocal(turn.Now, zone)), arrived, expected)
            + (found.Status == RsvpStatus.Attending ? "" : "\n" + T.CheckedInWithoutConfirmation));
        TellOfficeIfAwardee(turn, found, all);
        return true;
    }

    /// <summary>An awardee (or their substitute) at the door: the office hears it live, with how many are still missing.</summary>
    private static void TellOfficeIfAwardee(Turn turn, Delegate arrived, IReadOnlyList<Delegate> all)
    {
        var invited = arrived.AwardeeFor is not null ? arrived : all.FirstOrDefault(d => d.Id == arrived.SubstituteFor && d.AwardeeFor is not null);
        if (invited is null)
        {
            return;
        }

        var missing = Awardees.AwardeePresence.Missing([.. all.Select(d => d.Id == arrived.Id ? arrived : d)]);
        turn.NotifyOffice(Texts.Vi.Ceremony.AwardeeArrived(arrived.FullName, invited.Note ?? invited.AwardeeFor!, missing.Count));
    }

    /// <summary>The live count: arrivals against confirmations, and who is still missing.</summary>
    public static string Progress(Turn turn)
    {
        var all = DelegateDirectory.All(turn.Store);
        var confirmed = all.Where(d => d.Status == RsvpStatus.Attending).ToList();
        var missing = confirmed.Where(d => d.CheckedInAt is null).OrderBy(d => d.FullName, NameRules.PersonOrder).ToList();
        var progress = T.CheckInProgress(
            all.Count(d => d.CheckedInAt is not null),
            confirmed.Count,
            missing.Select(d => T.PersonLine(d.FullName, d.Position, d.Organization)).ToList());
        var awardees = Awardees.AwardeePresence.Missing(all);
        return awardees.Count == 0 ? progress : progress + "\n" + Texts.Vi.Ceremony.MissingAwardees([.. awardees.Select(d => T.PersonLine(d.FullName, d.Position, d.Organization))]);
    }
}
