namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>What a free-text answer of the wizard names: it decides how much it takes to be plausible, and the hint.</summary>
public enum FreeText
{
    /// <summary>A chức vụ (the nominee's or the head's).</summary>
    Position,

    /// <summary>An đơn vị công tác.</summary>
    Unit,

    /// <summary>A tập thể's name.</summary>
    Collective,
}
