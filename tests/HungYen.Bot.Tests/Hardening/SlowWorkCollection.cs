namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// The tests that time another person's answer while a slow job runs: one at a time, so that one's seconds of CPU work
/// (zipping, importing thousands of rows, making hundreds of documents) is not what another measures.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SlowWorkCollection
{
    public const string Name = "Slow work measured";
}
