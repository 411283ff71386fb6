namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// What an upload stage takes before it reads anything: a file (else <paramref name="NeedFile"/>), of a kind it can
/// read (else <paramref name="WrongType"/>), no larger than <paramref name="MaxBytes"/> (else <paramref name="TooLarge"/>).
/// </summary>
public sealed record FileRule(string NeedFile, Func<string, bool> Accepts, string WrongType, long MaxBytes, string TooLarge);
