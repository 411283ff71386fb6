using System.Reflection;

namespace HungYen.Bot.Core.Nominations;

/// <summary>
/// What a unit says about its nominee: the wizard's draft and the saved <see cref="Nomination"/> are both this, so an
/// answer goes from one to the other without field-by-field copying. Stored flat (a subclass's BSON keeps its fields).
/// </summary>
public abstract class NomineeDetails : Record
{
    private static readonly PropertyInfo[] Fields = typeof(NomineeDetails).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(p => p.CanWrite).ToArray();

    public AwardLevel Award { get; set; }

    public NomineeKind Kind { get; set; }

    /// <summary>Họ và tên (individual) or tên tập thể (collective).</summary>
    public string Name { get; set; } = "";

    public string? Gender { get; set; }

    public int? BirthYear { get; set; }

    public string? Position { get; set; }

    public string? Workplace { get; set; }

    /// <summary>Người đứng đầu, for a collective.</summary>
    public string? Head { get; set; }

    /// <summary>Chức vụ of the collective's head.</summary>
    public string? HeadPosition { get; set; }

    /// <summary>Số người of a collective.</summary>
    public int? MemberCount { get; set; }

    /// <summary>Số nữ of a collective: 70 % or more gives priority at equal merit (Nghị định 152/2025 Điều 4 khoản 6).</summary>
    public int? WomenCount { get; set; }

    public string Movement { get; set; } = "";

    /// <summary>Nội dung khen thưởng as the unit wrote it; null means the wording generated from the movement.</summary>
    public string? AwardContent { get; set; }

    /// <summary>Xếp loại đánh giá of the 2 years before, as codes ("2024:HTXSNV;2025:HTTNV"; <see cref="Texts.Vi.Dossier.Ratings"/> reads them out).</summary>
    public string? Ratings { get; set; }

    /// <summary>Khen thưởng đã nhận (năm; hình thức; số, ngày Quyết định; cơ quan), or empty for none.</summary>
    public string? PriorAwards { get; set; }

    /// <summary>The contact's phone for the dossier.</summary>
    public string? ContactPhone { get; set; }

    /// <summary>The declaration was given on behalf of the unit's head (the unit's configuration), not by the head.</summary>
    public bool DeclaredOnBehalf { get; set; }

    public string Summary { get; set; } = "";

    public string? FileId { get; set; }

    public string? FileName { get; set; }

    /// <summary>The submitter confirmed the nominee is under no disciplinary review, investigation or complaint.</summary>
    public bool NoDisciplineConfirmed { get; set; }

    public bool IsIndividual => Kind == NomineeKind.Individual;

    /// <summary>The nội dung khen thưởng as printed: the unit's own wording, or the one generated from the movement.</summary>
    public string Content => AwardContent ?? GeneratedContent(Movement);

    /// <summary>The collective's share of women in whole percent, when both counts are known.</summary>
    public int? WomenPercent => MemberCount is { } members && members > 0 && WomenCount is { } women ? (int)Math.Round(100.0 * women / members) : null;

    public static string GeneratedContent(string movement) => Texts.Vi.Dossier.GeneratedContent(movement);

    /// <summary>
    /// Copies every detail to <paramref name="to"/>. The wizard leaves out the answers to questions that do not apply
    /// (the other kind's, kept in its draft for a switch back) by walking its table: <see cref="NominationSteps.ToNomination"/>.
    /// </summary>
    public void CopyDetailsTo(NomineeDetails to)
    {
        foreach (var field in Fields)
        {
            field.SetValue(to, field.GetValue(this));
        }
    }
}
