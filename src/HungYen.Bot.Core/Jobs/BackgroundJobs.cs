namespace HungYen.Bot.Core.Jobs;

/// <summary>How a turn hands slow work to the <see cref="JobRunner"/>.</summary>
public static class BackgroundJobs
{
    /// <summary>
    /// Queues <paramref name="work"/> for the turn's chat with its "đang xử lý" reply, both committed with the turn. The
    /// same request still queued or running (same kind, chat and arguments) is not queued twice: the person is told so.
    /// </summary>
    /// <param name="input">A file the job is to read (an uploaded list): stored with the job, only if it is queued.</param>
    /// <returns>Whether a job was queued.</returns>
    public static bool Start(Turn turn, IJobWork work, string arguments, StoredFile? input = null)
    {
        var chat = turn.Chat;
        var kind = work.Kind;
        var running = turn.Store.Query<BackgroundJob>(j => j.Status == JobStatus.Queued && j.Kind == kind && j.Channel == chat.Channel && j.ChatId == chat.Id)
            .Any(j => j.Arguments == arguments);
        if (running)
        {
            turn.Say(Vi.Jobs.AlreadyRunning(work.TitleVi));
            return false;
        }

        turn.Changes.Upsert(new BackgroundJob
        {
            Id = $"{kind}/{turn.Now.ToUnixTimeMilliseconds()}/{Guid.NewGuid():N}",
            Kind = kind,
            Channel = chat.Channel,
            ChatId = chat.Id,
            Arguments = arguments,
            FileId = input?.Id,
            Status = JobStatus.Queued,
            QueuedAt = turn.Now,
        });
        if (input is not null)
        {
            turn.Changes.SaveFile(input);
        }

        turn.Say(Vi.Jobs.Started(work.TitleVi));
        return true;
    }
}
