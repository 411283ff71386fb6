using System.Linq.Expressions;
using System.Reflection;

namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// The draft field a question fills, named once by its property (<c>d =&gt; d.Position</c>), or by two properties one
/// answer gives together (<c>d =&gt; ValueTuple.Create(d.MemberCount, d.WomenCount)</c>, as an expression cannot hold a
/// tuple literal). From it the question has its state's name, the
/// answer as the review shows it, whether it is answered, the current value offered when it is asked again, and its
/// clearing when the question no longer applies (<see cref="StageTable.ClearUnasked"/>).
/// </summary>
public abstract class DraftField<TDraft>
{
    private protected DraftField(string name) => Name = name;

    /// <summary>The property's name (the first one's, for two).</summary>
    public string Name { get; }

    /// <summary>The single properties written: this field itself, or its two.</summary>
    public abstract IReadOnlyList<DraftField<TDraft>> Parts { get; }

    /// <summary>The value as text: a number in digits, a pair as "12; 9"; null when there is none.</summary>
    public abstract string? Shown(TDraft draft);

    /// <summary>Whether the draft holds an answer: a value, not null nor empty (for two, both).</summary>
    public abstract bool HasAnswer(TDraft draft);

    /// <summary>Puts back the value of a draft never answered (null, empty, 0).</summary>
    public abstract void Clear(TDraft draft);

    /// <summary>
    /// The field <paramref name="property"/> names. Its getter and setter are bound once per field and kept (a pair's
    /// compiled once), so a question built again (another host) pays nothing, and a turn neither reflects nor compiles.
    /// </summary>
    public static DraftField<TDraft, TValue> Of<TValue>(Expression<Func<TDraft, TValue>> property) => DraftField<TDraft, TValue>.Named(property);
}

/// <summary>A <see cref="DraftField{TDraft}"/> of a known type: a question's check hands it its answer (<see cref="Set"/>).</summary>
public sealed class DraftField<TDraft, TValue> : DraftField<TDraft>
{
    private static readonly ConcurrentDictionary<string, DraftField<TDraft, TValue>> Made = new(StringComparer.Ordinal);

    private readonly Func<TDraft, TValue> _get;
    private readonly Action<TDraft, TValue> _set;
    private readonly IReadOnlyList<DraftField<TDraft>> _parts;

    /// <summary>A draft never answered holds this: null, or empty for text that is never null (a name).</summary>
    private readonly TValue _unanswered;

    private DraftField(string name, Func<TDraft, TValue> get, Action<TDraft, TValue> set, IReadOnlyList<DraftField<TDraft>>? parts, TValue unanswered)
        : base(name)
    {
        (_get, _set, _unanswered) = (get, set, unanswered);
        _parts = parts ?? [this];
    }

    public override IReadOnlyList<DraftField<TDraft>> Parts => _parts;

    public TValue Get(TDraft draft) => _get(draft);

    public void Set(TDraft draft, TValue value) => _set(draft, value);

    public override string? Shown(TDraft draft) =>
        _parts.Count > 1 ? (HasAnswer(draft) ? string.Join("; ", _parts.Select(p => p.Shown(draft))) : null) : Text(_get(draft));

    public override bool HasAnswer(TDraft draft) =>
        _parts.Count > 1 ? _parts.All(p => p.HasAnswer(draft)) : _get(draft) is { } value && value is not "";

    public override void Clear(TDraft draft)
    {
        if (_parts.Count > 1)
        {
            foreach (var part in _parts)
            {
                part.Clear(draft);
            }

            return;
        }

        _set(draft, _unanswered);
    }

    internal static DraftField<TDraft, TValue> Named(Expression<Func<TDraft, TValue>> property) =>
        property.Body switch
        {
            MemberExpression { Member: PropertyInfo single } => Made.GetOrAdd(single.Name, _ => Single(single)),
            MethodCallExpression { Method.Name: nameof(ValueTuple.Create), Arguments: [MemberExpression { Member: PropertyInfo first }, MemberExpression { Member: PropertyInfo second }] } pair
                when pair.Method.DeclaringType == typeof(ValueTuple) =>
                Made.GetOrAdd(first.Name + "," + second.Name, _ => Pair(property, first, second)),
            _ => throw new ArgumentException($"A draft field is one property (d => d.Position) or two (d => ValueTuple.Create(d.A, d.B)), not {property.Body}.", nameof(property)),
        };

    private static DraftField<TDraft, TValue> Single(PropertyInfo property) =>
        new(
            property.Name,
            property.GetMethod!.CreateDelegate<Func<TDraft, TValue>>(),
            property.SetMethod?.CreateDelegate<Action<TDraft, TValue>>() ?? throw new ArgumentException($"{property.Name} cannot be written.", nameof(property)),
            null,
            typeof(TValue) == typeof(string) && new NullabilityInfoContext().Create(property).WriteState == NullabilityState.NotNull ? (TValue)(object)"" : default!);

    private static DraftField<TDraft, TValue> Pair(Expression<Func<TDraft, TValue>> property, PropertyInfo first, PropertyInfo second)
    {
        var draft = Expression.Parameter(typeof(TDraft), "draft");
        var value = Expression.Parameter(typeof(TValue), "value");
        var set = Expression.Lambda<Action<TDraft, TValue>>(
            Expression.Block(
                Expression.Assign(Expression.Property(draft, first), Expression.Field(value, "Item1")),
                Expression.Assign(Expression.Property(draft, second), Expression.Field(value, "Item2"))),
            draft,
            value);
        return new(first.Name, property.Compile(), set.Compile(), [PartOf(first), PartOf(second)], default!);
    }

    /// <summary>One property of a pair, as a field of its own type.</summary>
    private static DraftField<TDraft> PartOf(PropertyInfo property)
    {
        var draft = Expression.Parameter(typeof(TDraft), "d");
        var lambda = Expression.Lambda(Expression.Property(draft, property), draft);
        var of = typeof(DraftField<TDraft>).GetMethod(nameof(DraftField<TDraft>.Of))!.MakeGenericMethod(property.PropertyType);
        return (DraftField<TDraft>)of.Invoke(null, [lambda])!;
    }

    private static string? Text(TValue value) => value switch
    {
        null or "" => null,
        string text => text,
        Enum => throw new InvalidOperationException($"{typeof(TValue).Name} is a code: its question declares how the review shows it (Shows)."),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
