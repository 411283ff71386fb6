using HungYen.Bot.Core.Time;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace HungYen.Bot.Tests.Scheduling;

/// <summary>The background loop of the scheduler and the delivery-files janitor: a round at start, then one per interval.</summary>
public sealed class PeriodicServiceTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task ARoundThatThrows_IsHandedToFailed_AndTheNextRoundComesOnTime()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
        using var service = new Rounds(clock, failFirst: true);

        await service.StartAsync(CancellationToken.None);
        await Waiting.UntilAsync(() => service.Failures.Count == 1, "the failed round at start");
        Assert.IsType<InvalidOperationException>(Assert.Single(service.Failures));

        clock.Advance(Hour - TimeSpan.FromMinutes(1));
        await Task.Delay(100);
        Assert.Equal(1, service.Count); // not before the interval

        clock.Advance(TimeSpan.FromMinutes(1));
        await Waiting.UntilAsync(() => service.Count == 2, "the round an hour later");
        await service.StopAsync(CancellationToken.None);
        Assert.Single(service.Failures);
    }

    [Fact]
    public async Task StoppingDuringARound_EndsTheLoopWithoutAFailure()
    {
        var clock = new FakeTimeProvider();
        using var service = new Rounds(clock, failFirst: false) { WaitInRound = true };

        await service.StartAsync(CancellationToken.None);
        await Waiting.UntilAsync(() => service.Count == 1, "the round at start");
        await service.StopAsync(CancellationToken.None);

        Assert.Empty(service.Failures);
        Assert.True(service.ExecuteTask!.IsCompletedSuccessfully);
    }

    private sealed class Rounds(TimeProvider clock, bool failFirst) : PeriodicService(clock)
    {
        private readonly List<Exception> _failures = [];
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public IReadOnlyList<Exception> Failures
        {
            get
            {
                lock (_failures)
                {
                    return [.. _failures];
                }
            }
        }

        public bool WaitInRound { get; init; }

        protected override TimeSpan Interval => Hour;

        protected override async Task RoundAsync(CancellationToken stoppingToken)
        {
            var round = Interlocked.Increment(ref _count);
            if (failFirst && round == 1)
            {
                throw new InvalidOperationException("the first round fails");
            }

            if (WaitInRound)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, stoppingToken);
            }
        }

        protected override void Failed(Exception error)
        {
            lock (_failures)
            {
                _failures.Add(error);
            }
        }
    }
}
