using System.Collections.Frozen;
using Stateless;
using Stateless.Graph;

namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// A flow whose steps are a Stateless machine. The machine is configured in one block (<see cref="Configure"/>) and its
/// state lives in the stored session (getter/setter constructor). A machine is built once and serves one turn at a
/// time: its getter, setter, guards and actions read the turn it is lent to (<see cref="FireAsync"/>), so configuring
/// it is not paid on every update (6 % of the bot's CPU under the wizard workload, issue 20). Turns of different
/// people at once borrow different machines; a machine whose firing failed is dropped, not lent again.
/// </summary>
public abstract class StatelessFlow<TState, TTrigger> : IConversationFlow
    where TState : struct
    where TTrigger : struct, Enum
{
    public string Name => Card.Name;

    public string MenuLabel => Card.MenuLabel;

    public string? Command => Card.Command;

    public string? CommandDescriptionEn => Card.CommandDescriptionEn;

    /// <summary>Who the flow is: its name, menu label, command, the command's English description and who may use it.</summary>
    protected abstract FlowCard Card { get; }

    /// <summary>How the machine starts: the state a new session starts in, before the flow's first question, and its triggers.</summary>
    protected abstract FlowStart<TState, TTrigger> Start { get; }

    protected TState Initial => Start.Initial;

    public bool IsAvailableTo(Participant participant) => Card.IsFor(participant);

    public abstract Task StartAsync(Turn turn, CancellationToken cancellationToken);

    public virtual bool TryStartAt(Turn turn, string arguments) => false;

    public abstract Task HandleAsync(Turn turn, UserInput input, CancellationToken cancellationToken);

    /// <summary>Asks the question of <paramref name="state"/>.</summary>
    protected abstract void Ask(Turn turn, TState state);

    /// <summary>
    /// Configures the whole machine, one section per state. <paramref name="turn"/> gives the turn the machine is lent to,
    /// when a guard or an action runs (never while configuring, nor when drawing the diagram).
    /// </summary>
    protected abstract void Configure(StateMachine<TState, TTrigger> machine, Func<Turn> turn);

    public void Reprompt(Turn turn) => Ask(turn, CurrentState(turn.Session));

    public string Diagram() => MermaidGraph.Format(Build(new Lendable()).GetInfo());

    /// <summary>For tests: how many machines this flow has built to serve turns.</summary>
    internal int MachinesBuilt => _built;

    /// <summary>Fires <paramref name="trigger"/> for <paramref name="turn"/> on a machine lent to it for the firing.</summary>
    protected async Task FireAsync(Turn turn, TTrigger trigger)
    {
        if (!_idle.TryTake(out var lent))
        {
            lent = new Lendable();
            lent.Machine = Build(lent);
            Interlocked.Increment(ref _built);
        }

        lent.Turn = turn;
        await lent.Machine!.FireAsync(trigger).ConfigureAwait(false);
        lent.Turn = null; // not reached when the firing failed: that machine is dropped, whatever it was left holding
        _idle.Add(lent);
    }

    protected TState CurrentState(ConversationSession session) => TryState(session.State, out var state) ? state : Initial;

    /// <summary>The state a session stores by <paramref name="name"/> (its <c>ToString()</c>), if the flow has it.</summary>
    protected bool TryState(string? name, out TState state)
    {
        _byName ??= States.Distinct().ToFrozenDictionary(s => s.ToString() ?? "", StringComparer.Ordinal);
        return _byName.TryGetValue(name ?? "", out state);
    }

    /// <summary>Every state the flow's sessions can name: an enum's members, or the flow's own list (a state that is not an enum).</summary>
    protected virtual IEnumerable<TState> States => Enum.GetValues(typeof(TState)).Cast<TState>();

    /// <summary>Re-asks with a hint when the input fits no transition of the current step.</summary>
    protected void RejectInput(Turn turn, string hint)
    {
        turn.Say(hint);
        Reprompt(turn);
    }

    private StateMachine<TState, TTrigger> Build(Lendable lent)
    {
        var machine = new StateMachine<TState, TTrigger>(
            () => lent.Turn is { } turn ? CurrentState(turn.Session) : Initial,
            s => lent.Current.Session.State = s.ToString());
        Configure(machine, () => lent.Current);
        machine.OnUnhandledTrigger((_, _) =>
        {
            if (lent.Turn is { } turn)
            {
                RejectInput(turn, Vi.ChooseFromList);
            }
        });
        return machine;
    }

    private readonly System.Collections.Concurrent.ConcurrentBag<Lendable> _idle = [];
    private FrozenDictionary<string, TState>? _byName;
    private int _built;

    /// <summary>A machine and the turn it is lent to (none while idle, and in the diagram's machine).</summary>
    private sealed class Lendable
    {
        public StateMachine<TState, TTrigger>? Machine { get; set; }

        public Turn? Turn { get; set; }

        public Turn Current => Turn ?? throw new InvalidOperationException("The flow's machine ran outside a turn.");
    }
}
