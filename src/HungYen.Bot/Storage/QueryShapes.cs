using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using LiteDB;

namespace HungYen.Bot.Storage;

/// <summary>
/// A query's predicate translated by LiteDB once per shape (per thread), then bound to each query's values. LiteDB
/// translates a LINQ predicate into the text of an expression with one parameter per constant (<c>$.NomineeKey =
/// @p0</c>) and parses that text anew for every query; two predicates that differ only in their constants translate
/// to the same text. The shape of a predicate, once its captured values are inlined (<see cref="CapturedValues"/>), is
/// its tree with the constants left out; a shape is kept only if LiteDB's translation holds exactly its constants,
/// in order, as its parameters (an enum compared as a number, for one, is translated to its name: such a shape is
/// translated every time, as before).
/// </summary>
internal sealed class QueryShapes(BsonMapper mapper) : IDisposable
{
    // null: a shape whose translation does not take its constants as they are
    private readonly ThreadLocal<Dictionary<string, BsonExpression?>> _translated = new(() => new(StringComparer.Ordinal));

    /// <summary>LiteDB's expression for <paramref name="inlined"/>; the instance is this thread's, for one query.</summary>
    public BsonExpression Translate<T>(Expression<Func<T, bool>> inlined)
    {
        if (Shape.Of(inlined) is not { } shape)
        {
            return mapper.GetExpression(inlined);
        }

        var cache = _translated.Value!;
        if (cache.TryGetValue(shape.Key, out var expression))
        {
            if (expression is null)
            {
                return mapper.GetExpression(inlined);
            }

            for (var i = 0; i < shape.Constants.Count; i++)
            {
                expression.Parameters[Name(i)] = Value(shape.Constants[i]);
            }

            return expression;
        }

        expression = mapper.GetExpression(inlined);
        cache[shape.Key] = TakesConstants(expression, shape.Constants) ? expression : null;
        return expression;
    }

    public void Dispose() => _translated.Dispose();

    private bool TakesConstants(BsonExpression expression, List<object?> constants)
    {
        if (expression.Parameters.Count != constants.Count)
        {
            return false;
        }

        for (var i = 0; i < constants.Count; i++)
        {
            if (!expression.Parameters.TryGetValue(Name(i), out var parameter) || parameter.Type != Value(constants[i]).Type || !parameter.Equals(Value(constants[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static string Name(int index) => index switch
    {
        0 => "p0",
        1 => "p1",
        2 => "p2",
        _ => "p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A constant as LiteDB's translation makes it a parameter (a string as it is, untrimmed).</summary>
    private BsonValue Value(object? constant) => constant switch
    {
        null => BsonValue.Null,
        string text => new BsonValue(text),
        _ => mapper.Serialize(constant.GetType(), constant),
    };

    /// <summary>A predicate's tree written out without its constants (which are collected in order), or null if it holds a node this does not know.</summary>
    private sealed class Shape : ExpressionVisitor
    {
        private readonly StringBuilder _key = new();
        private bool _unknown;

        public List<object?> Constants { get; } = [];

        public string Key => _key.ToString();

        public static (string Key, List<object?> Constants)? Of(LambdaExpression predicate)
        {
            var shape = new Shape();
            shape.Visit(predicate);
            return shape._unknown ? null : (shape.Key, shape.Constants);
        }

        public override Expression? Visit(Expression? node)
        {
            if (node is null || _unknown)
            {
                _key.Append('~');
                return node;
            }

            _key.Append('(').Append((int)node.NodeType).Append(':').Append(node.Type.TypeHandle.Value);
            switch (node)
            {
                case ConstantExpression constant:
                    Constants.Add(constant.Value);
                    _key.Append('@').Append(constant.Value?.GetType().TypeHandle.Value ?? 0).Append(')');
                    return node;
                case ParameterExpression parameter:
                    _key.Append(parameter.Name);
                    break;
                case MemberExpression member:
                    Append(member.Member);
                    break;
                case MethodCallExpression call:
                    _key.Append(call.Method.MethodHandle.Value);
                    break;
                case BinaryExpression binary:
                    _key.Append(binary.Method?.MethodHandle.Value ?? 0).Append(binary.IsLiftedToNull ? 'l' : '-');
                    break;
                case UnaryExpression unary:
                    _key.Append(unary.Method?.MethodHandle.Value ?? 0);
                    break;
                case TypeBinaryExpression typeIs:
                    _key.Append(typeIs.TypeOperand.TypeHandle.Value);
                    break;
                case NewExpression created:
                    _key.Append(created.Constructor?.MethodHandle.Value ?? 0);
                    break;
                case LambdaExpression or ConditionalExpression or NewArrayExpression { NodeType: ExpressionType.NewArrayInit }:
                    break;
                default:
                    _unknown = true;
                    return node;
            }

            var visited = base.Visit(node);
            _key.Append(')');
            return visited;
        }

        private void Append(MemberInfo member) =>
            _key.Append(member.DeclaringType?.TypeHandle.Value ?? 0).Append('.').Append(member.MetadataToken);
    }
}
