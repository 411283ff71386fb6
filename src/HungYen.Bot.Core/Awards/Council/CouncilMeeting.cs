namespace HungYen.Bot.Core.Awards.Council;

/// <summary>
/// The Hội đồng Thi đua - Khen thưởng Sở's meeting: when and where, who chaired and took the minutes, who came, and
/// per nominee the ballots (phát ra, thu về, hợp lệ, đồng ý). One record; the Biên bản is written from it.
/// </summary>
public sealed class CouncilMeeting : Record
{
    public const string SingleId = "council";

    public CouncilMeeting() => Id = SingleId;

    /// <summary>Local start.</summary>
    public DateTime? Start { get; set; }

    /// <summary>Local end.</summary>
    public DateTime? End { get; set; }

    public string? Place { get; set; }

    public string? Chair { get; set; }

    public string? Secretary { get; set; }

    /// <summary>Bỏ phiếu kín or biểu quyết giơ tay.</summary>
    public string Method { get; set; } = Texts.Vi.Defaults.VotingMethod;

    /// <summary>The members as configured when the meeting was set, with their attendance.</summary>
    public List<CouncilAttendance> Members { get; set; } = [];

    public List<CouncilBallot> Ballots { get; set; } = [];

    public DateTimeOffset ChangedAt { get; set; }

    public string ChangedBy { get; set; } = "";

    public int PresentCount => Members.Count(m => m.Present);

    public CouncilBallot? BallotFor(string nominationId) => Ballots.Find(b => b.NominationId == nominationId);

    /// <summary>Records (or replaces) the ballots for one nominee, refusing counts that cannot be.</summary>
    public void RecordBallot(CouncilBallot ballot)
    {
        if (ballot.Issued < 0 || ballot.Returned > ballot.Issued || ballot.Valid > ballot.Returned || ballot.Agree > ballot.Valid || ballot.Returned < 0 || ballot.Valid < 0 || ballot.Agree < 0)
        {
            throw new InvalidOperationException("Ballot counts must satisfy phát ra ≥ thu về ≥ hợp lệ ≥ đồng ý ≥ 0.");
        }

        Ballots.RemoveAll(b => b.NominationId == ballot.NominationId);
        Ballots.Add(ballot);
    }
}

public sealed class CouncilAttendance
{
    public string Name { get; set; } = "";

    public string Position { get; set; } = "";

    public string Role { get; set; } = "";

    public bool Present { get; set; } = true;

    public string? AbsenceReason { get; set; }
}

/// <summary>The counted ballots for one nominee.</summary>
public sealed class CouncilBallot
{
    public string NominationId { get; set; } = "";

    public int Issued { get; set; }

    public int Returned { get; set; }

    public int Valid { get; set; }

    public int Agree { get; set; }
}
