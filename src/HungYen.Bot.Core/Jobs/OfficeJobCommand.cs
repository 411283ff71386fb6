namespace HungYen.Bot.Core.Jobs;

/// <summary>
/// An office command whose work is slow: the command only queues it as a <see cref="BackgroundJob"/> of its own name,
/// and the <see cref="JobRunner"/> does <see cref="RunAsync"/> outside every turn (issue 14, point 6).
/// </summary>
public abstract class OfficeJobCommand : OfficeCommand, IJobWork
{
    public string Kind => Name;

    public abstract string TitleVi { get; }

    public sealed override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        BackgroundJobs.Start(turn, this, "");
        return Task.CompletedTask;
    }

    public abstract Task RunAsync(JobContext job, CancellationToken cancellationToken);
}
