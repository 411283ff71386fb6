using T = HungYen.Bot.Core.Texts.Vi.Awards;

namespace HungYen.Bot.Core.Awards.Documents;

/// <summary>
/// /vanban giaymoi for every delegate: one .docx with its own QR code per delegate, zipped. For 200 delegates it took
/// 6 s inside the office's turn, so it is a job done by the <see cref="JobRunner"/> outside every turn (issue 14, point 6),
/// on the list as it is when the job runs.
/// </summary>
public sealed class InvitationDocumentsJob(DocumentSources sources, IOptionsMonitor<OfficeOptions> office) : IJobWork
{
    public string Kind => "vanban_giaymoi";

    public string TitleVi => Texts.Vi.Jobs.InvitationsTitle;

    public Task RunAsync(JobContext job, CancellationToken cancellationToken)
    {
        var delegates = DocumentSources.Invited(job.Store);
        if (delegates.Count == 0)
        {
            job.Say(Vi.Delegates.NoDelegates); // removed while the job waited
            return Task.CompletedTask;
        }

        var context = sources.Context(job.Store, job.Now, office.CurrentValue);
        job.SendFile(T.InvitationsCaption(delegates.Count), Texts.Vi.Documents.InvitationsFile(context.Today), sources.Invitations(context, delegates, office.CurrentValue));
        return Task.CompletedTask;
    }
}
