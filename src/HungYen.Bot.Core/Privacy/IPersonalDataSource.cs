namespace HungYen.Bot.Core.Privacy;

/// <summary>What one part of the bot keeps about a person: readable lines for the chat and the raw values for the JSON copy.</summary>
public sealed record PersonalData(string Section, IReadOnlyList<string> Lines, object Raw);

/// <summary>
/// Each feature that stores personal data says what it holds about a person and how to erase it, so that "see my data"
/// and "delete my data" cover everything.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>Everything held about <paramref name="person"/>, or null when nothing.</summary>
    PersonalData? Collect(ChatAddress person, Turn turn);

    /// <summary>
    /// Removes or anonymises the person's data through <c>turn.Changes</c>. Returns Vietnamese lines for the office when
    /// an official record (a nomination, an attendance) was affected, else none.
    /// </summary>
    IReadOnlyList<string> Erase(ChatAddress person, Turn turn);
}
