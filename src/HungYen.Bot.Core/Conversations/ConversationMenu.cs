namespace HungYen.Bot.Core.Conversations;

/// <summary>The menu of flows, the active flow of a session, and moving between them (start, resume, cancel).</summary>
public sealed class ConversationMenu(CommandCatalog catalog)
{
    public const string CancelData = "cancel";
    public const string ResumeData = "resume";
    private const string MenuPrefix = "menu:";

    /// <summary>The flow name of a menu choice's data, or null when the data is no menu entry.</summary>
    public static string? MenuEntry(string data) => data.StartsWith(MenuPrefix, StringComparison.Ordinal) ? data[MenuPrefix.Length..] : null;

    /// <summary>The session's flow; a flow that is gone or that the person lost the right to is ended.</summary>
    public IConversationFlow? ActiveFlow(Turn turn)
    {
        if (turn.Session.Flow is not { } name)
        {
            return null;
        }

        var flow = catalog.FlowNamed(name);
        if (flow is null || !flow.IsAvailableTo(turn.User))
        {
            turn.EndFlow(); // the flow is gone or the person lost the role: start afresh
            return null;
        }

        return flow;
    }

    /// <summary>
    /// Starts <paramref name="flow"/>; when the person is already in it (a draft kept across a restart, say), or set it
    /// aside earlier, choosing it again resumes where they were instead of silently dropping the answers (issue 19,
    /// point 1). Another task in progress is set aside, not lost, and the person is told so.
    /// </summary>
    public static Task StartAsync(Turn turn, IConversationFlow flow, CancellationToken ct, string arguments = "")
    {
        if (arguments.Length > 0 && flow.TryStartAt(turn, arguments))
        {
            return Task.CompletedTask;
        }

        if ((turn.Session.Flow == flow.Name && turn.Session.State is not null) || turn.TakeUpSetAside(flow.Name))
        {
            turn.Say(Vi.Journeys.Resuming(flow.MenuLabel));
            flow.Reprompt(turn);
            return Task.CompletedTask;
        }

        turn.EnterFlow(flow.Name);
        return flow.StartAsync(turn, ct);
    }

    public Task StartChosenAsync(Turn turn, string flowName, CancellationToken ct)
    {
        var flow = catalog.FlowNamed(flowName);
        if (flow is null || !flow.IsAvailableTo(turn.User))
        {
            turn.Say(Vi.FlowNotAvailable);
            Show(turn);
            return Task.CompletedTask;
        }

        return StartAsync(turn, flow, ct);
    }

    /// <summary>The menu choice that starts <paramref name="flow"/> (also offered on its own, e.g. right after enrolling).</summary>
    public static Choice EntryFor(IConversationFlow flow) => new(flow.MenuLabel, MenuPrefix + flow.Name);

    public void Show(Turn turn)
    {
        var choices = catalog.Flows.Where(f => f.IsAvailableTo(turn.User))
            .Select(f => turn.Session.SetAside.ContainsKey(f.Name) ? new Choice(Vi.Journeys.SetAsideEntry(f.MenuLabel), MenuPrefix + f.Name) : EntryFor(f))
            .ToList();
        if (choices.Count == 0)
        {
            turn.Say(Vi.NothingToDo);
            return;
        }

        if (ActiveFlow(turn) is { } current)
        {
            // Picking another task abandons this one; the person may also go back to it.
            choices.Insert(0, new Choice(Vi.Resume, ResumeData));
            turn.Ask(Vi.MenuWhileBusy(current.MenuLabel), choices);
            return;
        }

        turn.Ask(Vi.MenuPrompt, choices);
    }

    /// <summary>Asks the active flow's question again, or shows the menu when there is none.</summary>
    public void Reprompt(Turn turn)
    {
        if (ActiveFlow(turn) is { } flow)
        {
            flow.Reprompt(turn);
        }
        else
        {
            Show(turn);
        }
    }

    public void Cancel(Turn turn)
    {
        turn.Say(turn.Session.InFlow ? Vi.Cancelled : Vi.NothingToCancel);
        turn.EndFlow();
        Show(turn);
    }

    public void NotUnderstood(Turn turn)
    {
        turn.Say(Vi.NotUnderstood);
        Show(turn);
    }
}
