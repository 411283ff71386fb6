namespace HungYen.Bot.Core.Conversations;

/// <summary>Turning from one task to another without losing the first: it is set aside as it stands, to be taken up again.</summary>
public sealed partial class Turn
{
    /// <summary>
    /// Makes <paramref name="flow"/> the flow in progress, from its beginning. Another flow in progress with answers is
    /// set aside as it stands (answers and uploaded files kept), and the person told so; an older set-aside copy of
    /// <paramref name="flow"/> goes.
    /// </summary>
    public void EnterFlow(string flow)
    {
        SetAsideCurrent(except: flow);
        if (Session.SetAside.Remove(flow, out var older))
        {
            DeleteUploads(older);
        }

        EndFlow();
        Session.Flow = flow;
    }

    /// <summary>
    /// Takes up <paramref name="flow"/> at the step where it was set aside, with its answers; the flow in progress, if
    /// another one with answers, is set aside in its place. False when <paramref name="flow"/> was not set aside.
    /// </summary>
    public bool TakeUpSetAside(string flow)
    {
        if (!Session.SetAside.Remove(flow, out var kept))
        {
            return false;
        }

        SetAsideCurrent(except: flow);
        EndFlow();
        Session.Flow = flow;
        Session.State = kept.State;
        foreach (var (field, value) in kept.Draft)
        {
            Session.Draft[field] = value;
        }

        return true;
    }

    /// <summary>Forgets every task set aside, with their files (the person's data is being erased).</summary>
    public void DropSetAside()
    {
        foreach (var kept in Session.SetAside.Values)
        {
            DeleteUploads(kept);
        }

        Session.SetAside.Clear();
    }

    private void SetAsideCurrent(string except)
    {
        if (Session.Flow is not { } current || current == except || Session.State is null || !SessionDraft.HasAnswers(Session.Draft))
        {
            return;
        }

        Session.SetAside[current] = new SetAsideFlow { State = Session.State, Draft = new(Session.Draft), SetAsideAt = Now };
        Session.Draft.Clear(); // its files now belong to the set-aside copy: ending the flow must not delete them
        Say(Texts.Vi.Journeys.SetAside);
    }

    private void DeleteUploads(SetAsideFlow kept)
    {
        foreach (var file in kept.Uploads)
        {
            Changes.DeleteFile(file);
        }
    }
}
