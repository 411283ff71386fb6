using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Texts;
using Stateless;
using Stateless.Graph;

namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// A flow whose steps are a Stateless machine. The machine is configured in one block (<see cref="Configure"/>), its
/// state lives in the stored session (getter/setter constructor), and it is rebuilt for every update.
/// </summary>
public abstract class StatelessFlow<TState, TTrigger> : IConversationFlow
    where TState : struct, Enum
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

    /// <summary>Configures the whole machine, one section per state. <paramref name="turn"/> is null only when drawing the diagram.</summary>
    protected abstract void Configure(StateMachine<TState, TTrigger> machine, Turn? turn);

    public void Reprompt(Turn turn) => Ask(turn, CurrentState(turn.Session));

    public string Diagram() => MermaidGraph.Format(Build(new ConversationSession(), null).GetInfo());

    protected StateMachine<TState, TTrigger> MachineFor(Turn turn) => Build(turn.Session, turn);

    protected TState CurrentState(ConversationSession session) =>
        Enum.TryParse<TState>(session.State, out var state) ? state : Initial;

    /// <summary>Re-asks with a hint when the input fits no transition of the current step.</summary>
    protected void RejectInput(Turn turn, string hint)
    {
        turn.Say(hint);
        Reprompt(turn);
    }

    private StateMachine<TState, TTrigger> Build(ConversationSession session, Turn? turn)
    {
        var machine = new StateMachine<TState, TTrigger>(() => CurrentState(session), s => session.State = s.ToString());
        Configure(machine, turn);
        machine.OnUnhandledTrigger((_, _) =>
        {
            if (turn is not null)
            {
                RejectInput(turn, Vi.ChooseFromList);
            }
        });
        return machine;
    }
}
