using System.Reflection;
using HungYen.Bot.Core.Storage;

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

    public string Movement { get; set; } = "";

    public string Summary { get; set; } = "";

    public string? FileId { get; set; }

    public string? FileName { get; set; }

    /// <summary>The submitter confirmed the nominee is under no disciplinary review, investigation or complaint.</summary>
    public bool NoDisciplineConfirmed { get; set; }

    public bool IsIndividual => Kind == NomineeKind.Individual;

    /// <summary>Copies every detail to <paramref name="to"/>, leaving out the other kind's fields (answers kept while the kind changed).</summary>
    public void CopyDetailsTo(NomineeDetails to)
    {
        foreach (var field in Fields)
        {
            field.SetValue(to, field.GetValue(this));
        }

        if (to.IsIndividual)
        {
            to.Head = null;
        }
        else
        {
            to.Gender = null;
            to.BirthYear = null;
            to.Position = null;
            to.Workplace = null;
        }
    }
}
