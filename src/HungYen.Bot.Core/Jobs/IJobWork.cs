namespace HungYen.Bot.Core.Jobs;

/// <summary>One kind of slow work, done by the <see cref="JobRunner"/> outside any person's turn.</summary>
public interface IJobWork
{
    /// <summary>The stored <see cref="BackgroundJob.Kind"/>: stable, since queued jobs outlive a restart.</summary>
    string Kind { get; }

    /// <summary>What the person asked for, as it completes "Đang xử lý yêu cầu …" (e.g. "xuất các tệp Báo cáo thành tích").</summary>
    string TitleVi { get; }

    /// <summary>Does the work and stages its result on <paramref name="job"/>; nothing is kept if it throws.</summary>
    Task RunAsync(JobContext job, CancellationToken cancellationToken);
}
