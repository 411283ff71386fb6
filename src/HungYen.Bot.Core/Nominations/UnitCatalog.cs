namespace HungYen.Bot.Core.Nominations;

/// <summary>
/// Keeps the stored units in line with configuration at start: new units get an enrolment code, renamed ones are
/// updated, removed ones are deactivated (their nominations stay). Enrolment codes are random and stored, never configured.
/// </summary>
public sealed class UnitCatalog(IRecordStore store, IOptionsMonitor<NominationsOptions> options)
{
    public void Synchronise()
    {
        var configured = options.CurrentValue.Units.ToDictionary(u => u.Code.Trim(), StringComparer.OrdinalIgnoreCase);
        var changes = new ChangeSet();
        foreach (var unit in store.Query<Unit>())
        {
            if (!configured.ContainsKey(unit.Id) && unit.Active)
            {
                unit.Active = false;
                changes.Upsert(unit);
            }
        }

        foreach (var (config, order) in options.CurrentValue.Units.Select((u, i) => (u, i)))
        {
            var code = config.Code.Trim();
            var unit = store.Find<Unit>(code) ?? new Unit { Id = code, EnrolmentCode = NewCode() };
            if (unit.Name != config.Name || unit.Kind != config.Kind || !unit.Active || unit.Order != order || store.Find<Unit>(code) is null)
            {
                unit.Name = config.Name.Trim();
                unit.Kind = config.Kind.Trim();
                unit.Active = true;
                unit.Order = order;
                changes.Upsert(unit);
            }
        }

        store.Commit(changes);
    }

    /// <summary>128 random bits in URL-safe base64 (22 characters of A–Z a–z 0–9 _ -): fit for a t.me ?start= link.</summary>
    public static string NewCode() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
