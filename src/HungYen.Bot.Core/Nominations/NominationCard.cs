using System.Text;
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
            text.Append("Mã hồ sơ: ").Append(n.Id).Append(" — ").Append(T.Status(n.Status)).Append('\n');
        }

        Line(text, T.FieldUnit, unitName);
        Line(text, T.FieldAward, T.Award(n.Award));
        Line(text, T.FieldKind, n.Kind == NomineeKind.Individual ? "Cá nhân" : "Tập thể");
        if (n.Kind == NomineeKind.Individual)
        {
            Line(text, T.FieldFullName, n.Name);
            Line(text, T.FieldGender, n.Gender);
            Line(text, T.FieldBirthYear, n.BirthYear?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Line(text, T.FieldPosition, n.Position);
            Line(text, T.FieldWorkplace, n.Workplace);
        }
        else
        {
            Line(text, T.FieldCollectiveName, n.Name);
            Line(text, T.FieldHead, n.Head);
            Line(text, Vi.Dossier.FieldHeadPosition, n.HeadPosition);
            Line(text, Vi.Dossier.FieldMembers, n.MemberCount is { } members && n.WomenCount is { } women && n.WomenPercent is { } percent ? Vi.Dossier.Members(members, women, percent) : null);
        }

        Line(text, T.FieldMovement, n.Movement);
        Line(text, T.FieldSummary, n.Summary);
        Line(text, T.FieldAttachment, n.FileName ?? T.NoFile);
        Line(text, Vi.Dossier.FieldContent, n.Content);
        Line(text, Vi.Dossier.FieldPriorAwards, string.IsNullOrEmpty(n.PriorAwards) ? Vi.Dossier.NoPriorAwards : n.PriorAwards);
        Line(text, Vi.Dossier.FieldContactPhone, n.ContactPhone);
        if (n.NoDisciplineConfirmed)
        {
            Line(text, Vi.Dossier.FieldDeclaration, Vi.Dossier.Declared(n.DeclaredOnBehalf));
        }
        if (n.LastNote is { Length: > 0 } note && n.Status is NominationStatus.ChangesRequested or NominationStatus.Rejected)
        {
            Line(text, "Ý kiến của Văn phòng Sở", note);
        }

        return text.ToString().TrimEnd();
    }

    public static string DuplicateKey(Nomination n) => NameRules.DuplicateKey(n.Name, n.Kind == NomineeKind.Individual ? n.BirthYear : null);

    /// <summary>Other counted nominations of the same person or collective, in any unit.</summary>
    public static IReadOnlyList<string> Duplicates(IRecordStore store, Nomination n)
    {
        var key = DuplicateKey(n);
        return [.. store.Query<Nomination>(o => o.Kind == n.Kind).Where(o => o.Counts && o.Id != n.Id && DuplicateKey(o) == key).Select(o => o.Id)];
    }

    public static string UnitName(IRecordStore store, string code) => store.Find<Unit>(code)?.Name ?? code;

    /// <summary>Every unit's name by code, read once: for lists that name a unit on each of thousands of rows.</summary>
    public static Func<string, string> UnitNames(IRecordStore store)
    {
        var names = store.Query<Unit>().ToDictionary(u => u.Id, u => u.Name);
        return code => names.GetValueOrDefault(code, code);
    }

    private static void Line(StringBuilder text, string field, string? value) => text.Append("• ").Append(field).Append(": ").Append(string.IsNullOrWhiteSpace(value) ? "—" : value).Append('\n');
}
