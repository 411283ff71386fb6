using System.Globalization;
using HungYen.Bot.Core.Conversations;

namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>The wizard's answers as kept in the session (so they survive restarts), and their conversion to and from a nomination.</summary>
public static class NominationDraft
{
    public const string Award = "award";
    public const string Kind = "kind";
    public const string Name = "name";
    public const string Gender = "gender";
    public const string BirthYear = "birthYear";
    public const string Position = "position";
    public const string Workplace = "workplace";
    public const string Head = "head";
    public const string Movement = "movement";
    public const string Summary = "summary";
    public const string FileId = "fileId";
    public const string FileName = "fileName";
    public const string Declared = "declared";
    public const string Editing = "editing";
    public const string EditTarget = "editTarget";
    public const string NominationId = "nominationId";

    public static bool IsIndividual(ConversationSession s) => s.Get(Kind) == nameof(NomineeKind.Individual);

    public static bool IsEditing(ConversationSession s) => s.Get(Editing) is not null;

    public static Nomination ToNomination(ConversationSession s, string unitCode) => new()
    {
        Id = s.Get(NominationId) ?? "",
        UnitCode = unitCode,
        Award = Enum.TryParse<AwardLevel>(s.Get(Award), out var award) ? award : AwardLevel.DirectorCertificate,
        Kind = Enum.TryParse<NomineeKind>(s.Get(Kind), out var kind) ? kind : NomineeKind.Individual,
        Name = s.Get(Name) ?? "",
        Gender = IsIndividual(s) ? s.Get(Gender) : null,
        BirthYear = IsIndividual(s) && int.TryParse(s.Get(BirthYear), CultureInfo.InvariantCulture, out var year) ? year : null,
        Position = IsIndividual(s) ? s.Get(Position) : null,
        Workplace = IsIndividual(s) ? s.Get(Workplace) : null,
        Head = IsIndividual(s) ? null : s.Get(Head),
        Movement = s.Get(Movement) ?? "",
        Summary = s.Get(Summary) ?? "",
        FileId = s.Get(FileId),
        FileName = s.Get(FileName),
        NoDisciplineConfirmed = s.Get(Declared) is not null,
    };

    public static void Load(ConversationSession s, Nomination n)
    {
        s.Draft.Clear();
        s.Set(NominationId, n.Id);
        s.Set(Award, n.Award.ToString());
        s.Set(Kind, n.Kind.ToString());
        s.Set(Name, n.Name);
        s.Set(Gender, n.Gender);
        s.Set(BirthYear, n.BirthYear?.ToString(CultureInfo.InvariantCulture));
        s.Set(Position, n.Position);
        s.Set(Workplace, n.Workplace);
        s.Set(Head, n.Head);
        s.Set(Movement, n.Movement);
        s.Set(Summary, n.Summary);
        s.Set(FileId, n.FileId);
        s.Set(FileName, n.FileName);
        s.Set(Declared, n.NoDisciplineConfirmed ? "1" : null);
    }
}
