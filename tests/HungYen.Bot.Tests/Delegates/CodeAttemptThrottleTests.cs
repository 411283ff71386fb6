using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace HungYen.Bot.Tests.Delegates;

public sealed class CodeAttemptThrottleTests
{
    private static readonly ChatAddress Sender = new("test", "guesser");

    [Fact]
    public void IsLockedOut_AfterMaxFailures_UntilTheLockOutPasses()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-24T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var throttle = new CodeAttemptThrottle(HungYen.Bot.Storage.LiteDbRecordStore.InMemory(), clock);
        for (var i = 0; i < CodeAttemptThrottle.MaxFailures - 1; i++)
        {
            throttle.RecordFailure(Sender);
        }

        Assert.False(throttle.IsLockedOut(Sender, out _));
        throttle.RecordFailure(Sender);
        Assert.True(throttle.IsLockedOut(Sender, out var retryAt));
        Assert.Equal(clock.GetUtcNow() + CodeAttemptThrottle.LockOut, retryAt);

        clock.Advance(CodeAttemptThrottle.LockOut);
        Assert.False(throttle.IsLockedOut(Sender, out _));
    }

    [Fact]
    public void IsLockedOut_FailuresSpreadBeyondTheWindow_AreForgotten()
    {
        var clock = new FakeTimeProvider();
        var throttle = new CodeAttemptThrottle(HungYen.Bot.Storage.LiteDbRecordStore.InMemory(), clock);
        for (var i = 0; i < CodeAttemptThrottle.MaxFailures; i++)
        {
            throttle.RecordFailure(Sender);
            clock.Advance(CodeAttemptThrottle.Window);
        }

        Assert.False(throttle.IsLockedOut(Sender, out _));
    }

    [Fact]
    public void RecordSuccess_ClearsFailures()
    {
        var throttle = new CodeAttemptThrottle(HungYen.Bot.Storage.LiteDbRecordStore.InMemory(), new FakeTimeProvider());
        for (var i = 0; i < CodeAttemptThrottle.MaxFailures; i++)
        {
            throttle.RecordFailure(Sender);
        }

        throttle.RecordSuccess(Sender);
        Assert.False(throttle.IsLockedOut(Sender, out _));
    }
}
