namespace HungYen.Bot.Core.Nominations;

/// <summary>The plan's 05–10 per award and kind, counted over every unit, and the optional cap per unit.</summary>
public sealed class Quota(IOptionsMonitor<NominationsOptions> options)
{
    public int Max => options.CurrentValue.QuotaMax;

    public int Min => options.CurrentValue.QuotaMin;

    /// <remarks>Counted on the store's index of <see cref="Nomination.QuotaGroup"/>, never by reading every nomination.</remarks>
    public int Count(IRecordReader store, AwardLevel award, NomineeKind kind, string? exceptId = null)
    {
        var group = Nomination.QuotaGroupOf(award, kind);
        return store.Count<Nomination>(n => n.QuotaGroup == group) - Excepted(store, exceptId, n => n.QuotaGroup == group);
    }

    public int CountForUnit(IRecordReader store, string unit, AwardLevel award, NomineeKind kind, string? exceptId = null)
    {
        var group = Nomination.UnitQuotaGroupOf(unit, award, kind);
        return store.Count<Nomination>(n => n.UnitQuotaGroup == group) - Excepted(store, exceptId, n => n.UnitQuotaGroup == group);
    }

    /// <summary>1 when the nomination left out of a count is one the count included.</summary>
    private static int Excepted(IRecordReader store, string? exceptId, Func<Nomination, bool> counted) =>
        exceptId is not null && store.Find<Nomination>(exceptId) is { } except && counted(except) ? 1 : 0;

    /// <summary>"Giấy khen – cá nhân: 7/10" for every award and kind.</summary>
    public IEnumerable<string> Lines(IRecordReader store) =>
        from award in Enum.GetValues<AwardLevel>()
        from kind in new[] { NomineeKind.Collective, NomineeKind.Individual }
        select Vi.Nominations.QuotaLine(award, kind, Count(store, award, kind), Max);

    /// <summary>"Giấy khen – cá nhân: đơn vị 2; toàn Sở 7/10" for every award and kind: the unit's own figure beside the Sở's.</summary>
    public IEnumerable<string> UnitLines(IRecordReader store, string unit) =>
        from award in Enum.GetValues<AwardLevel>()
        from kind in new[] { NomineeKind.Collective, NomineeKind.Individual }
        select Vi.Nominations.UnitQuotaLine(award, kind, CountForUnit(store, unit, award, kind), Count(store, award, kind), Max);

    /// <summary>Warnings for one more nomination of this award and kind (empty when within limits).</summary>
    public IReadOnlyList<string> Warnings(IRecordReader store, string unit, AwardLevel award, NomineeKind kind, string? exceptId)
    {
        var o = options.CurrentValue;
        var warnings = new List<string>();
        var total = Count(store, award, kind, exceptId) + 1;
        if (total > o.QuotaMax)
        {
            warnings.Add(Vi.Nominations.OverMax(Vi.Nominations.QuotaLine(award, kind, total, o.QuotaMax), o.QuotaMax));
        }

        if (o.PerUnitCap is { } cap && CountForUnit(store, unit, award, kind, exceptId) + 1 > cap)
        {
            warnings.Add(Vi.Nominations.OverUnitCap(cap));
        }

        return warnings;
    }

    /// <summary>The warning that, with this nomination, the Sở is still under the plan's minimum (null when it is not).</summary>
    public string? UnderMin(IRecordReader store, AwardLevel award, NomineeKind kind, string? exceptId)
    {
        var total = Count(store, award, kind, exceptId) + 1;
        return total < Min ? Vi.Dossier.UnderMin(Vi.Nominations.QuotaLine(award, kind, total, Max), Min) : null;
    }

    /// <summary>Whether a nomination over the maximum is refused (Nominations:RefuseOverMax), not only warned about.</summary>
    public bool RefusesOverMax => options.CurrentValue.RefuseOverMax;

    /// <summary>Whether one more must be refused (only when configured to refuse).</summary>
    public bool Refuses(IRecordReader store, string unit, AwardLevel award, NomineeKind kind, string? exceptId) =>
        RefusesOverMax && Warnings(store, unit, award, kind, exceptId).Count > 0;
}
