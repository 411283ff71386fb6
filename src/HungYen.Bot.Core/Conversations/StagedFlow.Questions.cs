using Stateless;
using Stateless.Reflection;

namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// The questions in sequence (stages made with a check): an accepted answer → the next question that applies (or the
/// stage after the questions when one field is being edited); a refused answer → the hint and the question again, the
/// draft as it was; Back → the previous question that applies, or the stage after the questions when one field is being
/// edited. An edited <see cref="Stage{TState,TTrigger,TDraft}.WalksOn"/> answer walks the questions it brought in that
/// have no answer yet, then returns; every other answer is kept. A file or contact sent to a question that does not take
/// one is told so (what the question expects instead).
/// </summary>
public abstract partial class StagedFlow<TState, TTrigger, TDraft>
{
    /// <summary>The session key of the question being edited alone (then an answer returns to <see cref="AfterQuestions"/>).</summary>
    public const string EditingKey = "editing";

    /// <summary>The data prefix of a field's choice on <see cref="ChooseField"/>: "f:" and the question's state.</summary>
    public const string FieldPrefix = "f:";

    private const string Editing = "đang sửa";
    private const string Filling = "đang bổ sung";

    /// <summary>The value of <see cref="EditingKey"/> after an edited WalksOn answer: the missing answers are being asked.</summary>
    private const string FillingMark = "+";
    private const string NewAnswer = "nhập mới";

    private IReadOnlyList<Stage<TState, TTrigger, TDraft>>? questions;

    /// <summary>The questions asked one after another, as the table lists them.</summary>
    public IReadOnlyList<Stage<TState, TTrigger, TDraft>> Questions => questions ??= [.. Stages.Where(s => s.IsQuestion)];

    /// <summary>Where the questions lead after the last one that applies: the stage after them in the table (a review).</summary>
    private TState AfterQuestions => Stages[Stages.ToList().IndexOf(Questions[^1]) + 1].State;

    private TTrigger Answered => Start.Answered ?? throw new InvalidOperationException($"{Name}: the flow asks questions but has no Answered trigger.");

    /// <summary>The questions that apply to this draft and have a review label: the fields the person may edit, in order.</summary>
    public IReadOnlyList<Stage<TState, TTrigger, TDraft>> Editable(TDraft draft) => [.. Questions.Where(s => s.Label is not null && s.Applies(draft))];

    /// <summary>
    /// Choose a field to edit from the review: each editable field is one choice; the chosen question is asked alone, and
    /// its answer (or Back) returns to the review.
    /// </summary>
    protected Stage<TState, TTrigger, TDraft> ChooseField(TState state, string ask, TTrigger trigger, TState back) =>
        new(state, (_, draft) => new Prompt(ask, [.. Editable(draft).Select(f => new Choice(f.Label!, FieldPrefix + f.State))]))
        {
            Answer = new(trigger, state)
            {
                ToEdit = true,
                Check = (turn, draft, input, _) =>
                {
                    if (input.Kind != InputKind.Choice || !input.Value.StartsWith(FieldPrefix, StringComparison.Ordinal)
                        || !TryState(input.Value[FieldPrefix.Length..], out var field) || !Editable(draft).Any(s => s.State.Equals(field)))
                    {
                        return ValueTask.FromResult<string?>(Vi.ChooseFromList);
                    }

                    turn.Session.Set(EditingKey, field.ToString());
                    return ValueTask.FromResult<string?>(null);
                },
            },
            Back = back,
        };

    private static void StopEditing(ConversationSession session) => session.Set(EditingKey, null);

    /// <summary>The question being edited alone (the destination of choosing a field on the review).</summary>
    private TState EditedStep(ConversationSession session) => TryState(session.Get(EditingKey), out var step) ? step : AfterQuestions;

    /// <summary>The possible destinations of choosing a field to edit, for the diagram.</summary>
    private DynamicStateInfos EditableStates(string criterion)
    {
        var infos = new DynamicStateInfos();
        foreach (var question in Questions.Where(s => s.Label is not null))
        {
            infos.Add(question.State, $"{criterion} {question.State}");
        }

        return infos;
    }

    private async Task AnswerAsync(Turn turn, Stage<TState, TTrigger, TDraft> question, UserInput input, CancellationToken cancellationToken)
    {
        if (!question.Takes(input.Kind))
        {
            RejectInput(turn, Vi.Journeys.NotTaken(input.Kind, question.TakesText));
            return;
        }

        var hint = await question.Accept!(turn, Draft(turn), input, cancellationToken).ConfigureAwait(false);
        if (turn.Session.Flow != Name)
        {
            return;
        }

        if (hint is not null)
        {
            // A refused answer leaves the draft as it was: the question is asked again from the stored one, which is kept.
            drafts.Remove(turn);
            Refuse(turn, hint);
            drafts.Remove(turn);
            return;
        }

        if (question.WalksOn && turn.Session.Get(EditingKey) is not null)
        {
            turn.Session.Set(EditingKey, FillingMark);
        }

        await FireAsync(turn, Answered).ConfigureAwait(false);
    }

    /// <summary>A question offers Back after the first one, and the first one too while it is edited alone.</summary>
    private bool OffersBack(Turn turn, Stage<TState, TTrigger, TDraft> question) =>
        Start.Back is not null && (!question.State.Equals(Questions[0].State) || IsEditingAlone(turn.Session));

    private void PermitQuestion(StateMachine<TState, TTrigger>.StateConfiguration config, Stage<TState, TTrigger, TDraft> question, Func<Turn> turn)
    {
        var index = Questions.ToList().IndexOf(question);
        var next = Candidates(index, +1);
        if (CanEdit(question) && !next.Any(n => n.State.Equals(AfterQuestions)))
        {
            next.Add((AfterQuestions, question.WalksOn ? Filling : Editing));
        }

        Go(config, Answered, next, () => Next(turn(), index));
        if (Start.Back is not { } back)
        {
            return;
        }

        if (index > 0)
        {
            var previous = Candidates(index, -1);
            if (question.Label is not null)
            {
                previous.Add((AfterQuestions, Editing));
            }

            Go(config, back, previous, () => Previous(turn(), index));
        }
        else if (question.Label is not null)
        {
            config.PermitIf(back, AfterQuestions, () => IsEditingAlone(turn().Session), Editing);
        }
    }

    /// <summary>Whether an answer here can return straight to <see cref="AfterQuestions"/>: edited alone, or walked while filling in.</summary>
    private bool CanEdit(Stage<TState, TTrigger, TDraft> question) => question.Label is not null || Questions.Any(s => s.WalksOn);

    /// <summary>One field is being edited from <see cref="AfterQuestions"/>: its answer, or Back, returns there.</summary>
    private static bool IsEditingAlone(ConversationSession session) => session.Get(EditingKey) is { } editing && editing != FillingMark;

    private TState Next(Turn turn, int index)
    {
        if (index >= 0 && IsEditingAlone(turn.Session))
        {
            return AfterQuestions;
        }

        var filling = turn.Session.Get(EditingKey) == FillingMark;
        var draft = Draft(turn);
        for (var j = index + 1; j < Questions.Count; j++)
        {
            if (Questions[j].Applies(draft) && (!filling || !Questions[j].IsAnswered(draft)))
            {
                return Questions[j].State;
            }
        }

        return AfterQuestions;
    }

    private TState Previous(Turn turn, int index)
    {
        if (IsEditingAlone(turn.Session))
        {
            return AfterQuestions;
        }

        var draft = Draft(turn);
        for (var j = index - 1; j > 0; j--)
        {
            if (Questions[j].Applies(draft))
            {
                return Questions[j].State;
            }
        }

        return Questions[0].State;
    }

    /// <summary>
    /// The questions the flow can reach from question <paramref name="index"/> going one way, with the condition of each:
    /// it stops at a question that always applies, and leaves out those whose condition (or its opposite) was already passed.
    /// </summary>
    private List<(TState State, string Criterion)> Candidates(int index, int direction)
    {
        var from = index >= 0 ? Questions[index].When : null;
        var seen = new HashSet<StageCondition<TDraft>>();
        if (from is not null)
        {
            seen.Add(from);
            if (from.Opposite is not null)
            {
                seen.Add(from.Opposite);
            }
        }

        var found = new List<(TState State, string Criterion)>();
        for (var j = index + direction; j >= 0 && j < Questions.Count; j += direction)
        {
            var when = Questions[j].When;
            if (when is null || when == from)
            {
                found.Add((Questions[j].State, found.Count == 0 ? NewAnswer : ""));
                return found;
            }

            if (seen.Add(when))
            {
                found.Add((Questions[j].State, when.Name));
            }

            if (found.Any(f => f.State.Equals(Questions[j].State)) && when.Opposite is { } opposite && found.Any(f => f.Criterion == opposite.Name))
            {
                return found; // a condition and its opposite: one of them always applies
            }
        }

        if (direction > 0)
        {
            found.Add((AfterQuestions, found.Count == 0 ? NewAnswer : ""));
        }

        return found;
    }

    private static void Go(StateMachine<TState, TTrigger>.StateConfiguration config, TTrigger trigger, List<(TState State, string Criterion)> candidates, Func<TState> choose)
    {
        if (candidates.Count == 1)
        {
            config.Permit(trigger, candidates[0].State);
            return;
        }

        var infos = new DynamicStateInfos();
        foreach (var (state, criterion) in candidates)
        {
            infos.Add(state, criterion);
        }

        config.PermitDynamic(trigger, choose, "bước tiếp theo áp dụng", infos);
    }
}
