namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// A named condition on the draft deciding whether a question applies (e.g. "cá nhân"). <see cref="Otherwise"/> makes
/// its opposite, so the diagram leaves out the transitions that cannot happen.
/// </summary>
public sealed class StageCondition<TDraft>(string name, Func<TDraft, bool> holds)
{
    public string Name { get; } = name;

    public StageCondition<TDraft>? Opposite { get; private set; }

    public bool Holds(TDraft draft) => holds(draft);

    public StageCondition<TDraft> Otherwise(string name)
    {
        var opposite = new StageCondition<TDraft>(name, d => !holds(d)) { Opposite = this };
        Opposite = opposite;
        return opposite;
    }
}
