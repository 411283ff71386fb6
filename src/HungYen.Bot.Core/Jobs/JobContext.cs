namespace HungYen.Bot.Core.Jobs;

/// <summary>
/// A job being done: what was asked, the store to read, and everything its result will write and send — committed by
/// the <see cref="JobRunner"/> in one transaction with the job's final status, as a turn's changes are.
/// </summary>
public sealed class JobContext(BackgroundJob job, IRecordReader store, DateTimeOffset now)
{
    public BackgroundJob Job { get; } = job;

    public IRecordReader Store { get; } = store;

    /// <summary>The moment the job started: one clock read, so its files and texts agree.</summary>
    public DateTimeOffset Now { get; } = now;

    public ChangeSet Changes { get; } = new();

    /// <summary>Sends a statement to the person who asked.</summary>
    public void Say(string text) => Changes.Send(Job.To, new OutgoingMessage(text), Now, bulk: false);

    /// <summary>Sends a file to the person who asked (a reply, not a bulk notice).</summary>
    public void SendFile(string caption, string fileName, byte[] content) =>
        Changes.Send(Job.To, new OutgoingMessage(caption) { File = new OutgoingFile(fileName, content) }, Now, bulk: false);
}
