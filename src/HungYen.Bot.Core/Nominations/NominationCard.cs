using System.Text;
using HungYen.Bot.Core.Formats;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Core.Texts;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations;

/// <summary>How a nomination reads in chat (review screen, the unit's list, the office's review), and its duplicates.</summary>
public static class NominationCard
{
    public static string Describe(Nomination n, string unitName)
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
    public static IReadOnlyList<string> Changes(IReadOnlyList<(string Field, string? Value)> before, Nomination after, string unitName)
    {
        var old = before.ToLookup(f => f.Field, f => f.Value);
        return [.. Fields(after, unitName)
            .Where(f => old[f.Field].FirstOrDefault() != f.Value)
            .Select(f => T.ChangeLine(f.Field, Shown(old[f.Field].FirstOrDefault()), Shown(f.Value)))];
    }

    private static string Shown(string? value) => string.IsNullOrWhiteSpace(value) ? "—" : value;

    /// <summary>The dossier's fields as shown, in order.</summary>
    public static IReadOnlyList<(string Field, string? Value)> Fields(Nomination n, string unitName)
    {
        var fields = new List<(string Field, string? Value)>();

        fields.Add((T.FieldUnit, unitName));
        fields.Add((T.FieldAward, T.Award(n.Award)));
        fields.Add((T.FieldKind, Vi.Dossier.KindName(n.Kind)));
        if (n.Kind == NomineeKind.Individual)
        {
            fields.Add((T.FieldFullName, n.Name));
            fields.Add((T.FieldGender, n.Gender));
            fields.Add((T.FieldBirthYear, n.BirthYear?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            fields.Add((T.FieldPosition, n.Position));
            fields.Add((T.FieldWorkplace, n.Workplace));
        }
        else
        {
            fields.Add((T.FieldCollectiveName, n.Name));
            fields.Add((T.FieldHead, n.Head));
            fields.Add((Vi.Dossier.FieldHeadPosition, n.HeadPosition));
            fields.Add((Vi.Dossier.FieldMembers, n.MemberCount is { } members && n.WomenCount is { } women && n.WomenPercent is { } percent ? Vi.Dossier.Members(members, women, percent) : null));
        }

        fields.Add((T.FieldMovement, n.Movement));
        fields.Add((T.FieldSummary, n.Summary));
        fields.Add((T.FieldAttachment, n.FileName ?? T.NoFile));
        fields.Add((Vi.Dossier.FieldContent, n.Content));
        fields.Add((Vi.Dossier.FieldRatings, Vi.Dossier.Ratings(n.Ratings)));
        fields.Add((Vi.Dossier.FieldPriorAwards, string.IsNullOrEmpty(n.PriorAwards) ? Vi.Dossier.NoPriorAwards : n.PriorAwards));
        fields.Add((Vi.Dossier.FieldContactPhone, n.ContactPhone));
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
