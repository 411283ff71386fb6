using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations;

/// <summary>
/// How a nomination reads in chat (review screen, the unit's list, the office's review): the unit, then each answer as
/// its question in <see cref="NominationSteps"/> declares it, then the declaration and the office's note; and its duplicates.
/// </summary>
public sealed class NominationCard(NominationSteps steps)
{
    public string Describe(Nomination n, string unitName)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(n.Id))
        {
            text.Append(Vi.Dossier.Reference(n.Id, T.Status(n.Status))).Append('\n');
        }

        foreach (var (field, value) in Fields(n, unitName))
        {
            Line(text, field, value);
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>"• Chức vụ: Phó Trưởng phòng → Trưởng phòng" for every field an edit changed.</summary>
    public IReadOnlyList<string> Changes(IReadOnlyList<(string Field, string? Value)> before, Nomination after, string unitName)
    {
        var old = before.ToLookup(f => f.Field, f => f.Value);
        return [.. Fields(after, unitName)
            .Where(f => old[f.Field].FirstOrDefault() != f.Value)
            .Select(f => T.ChangeLine(f.Field, Shown(old[f.Field].FirstOrDefault()), Shown(f.Value)))];
    }

    private static string Shown(string? value) => string.IsNullOrWhiteSpace(value) ? "—" : value;

    /// <summary>The dossier's fields as shown, in order.</summary>
    public IReadOnlyList<(string Field, string? Value)> Fields(Nomination n, string unitName)
    {
        var fields = new List<(string Field, string? Value)>();

        fields.Add((T.FieldUnit, unitName));
        fields.AddRange(steps.Shown(n));
        if (n.NoDisciplineConfirmed)
        {
            fields.Add((Vi.Dossier.FieldDeclaration, Vi.Dossier.Declared(n.DeclaredOnBehalf)));
        }
        if (n.LastNote is { Length: > 0 } note && n.Status is NominationStatus.ChangesRequested or NominationStatus.Rejected)
        {
            fields.Add((Vi.Dossier.FieldOfficeNote, note));
        }

        return fields;
    }

    public static string DuplicateKey(Nomination n) => NameRules.DuplicateKey(n.Name, n.Kind == NomineeKind.Individual ? n.BirthYear : null);

    /// <summary>Other counted nominations of the same person or collective, in any unit (on the index of <see cref="Nomination.NomineeKey"/>).</summary>
    public static IReadOnlyList<string> Duplicates(IRecordReader store, Nomination n)
    {
        var key = n.NomineeKey;
        return [.. store.Query<Nomination>(o => o.NomineeKey == key).Where(o => o.Counts && o.Id != n.Id).Select(o => o.Id)];
    }

    public static string UnitName(IRecordReader store, string code) => store.Find<Unit>(code)?.Name ?? code;

    /// <summary>Every unit's name by code, read once: for lists that name a unit on each of thousands of rows.</summary>
    public static Func<string, string> UnitNames(IRecordReader store)
    {
        var names = store.Query<Unit>().ToDictionary(u => u.Id, u => u.Name);
        return code => names.GetValueOrDefault(code, code);
    }

    private static void Line(StringBuilder text, string field, string? value) => text.Append("• ").Append(field).Append(": ").Append(string.IsNullOrWhiteSpace(value) ? "—" : value).Append('\n');
}
