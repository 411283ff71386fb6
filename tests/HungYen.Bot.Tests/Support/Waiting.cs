namespace HungYen.Bot.Tests.Support;

/// <summary>The one wait of the tests: polls (briefly) until something a host or channel does in the background has happened.</summary>
public static class Waiting
{
    public static readonly TimeSpan DefaultWithin = TimeSpan.FromSeconds(15);

    /// <summary>Returns once <paramref name="condition"/> holds; fails the test, naming <paramref name="what"/>, when it does not within the time.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what = "condition", TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? DefaultWithin);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not in time: {what}");
            }

            await Task.Delay(20);
        }
    }
}
