using System.Linq.Expressions;
using System.Reflection;

namespace HungYen.Bot.Storage;

/// <summary>
/// Replaces the captured variables of a query's predicate (<c>n =&gt; n.Award == award</c>) with their values, read by
/// reflection. LiteDB's LINQ translation compiles and runs a lambda for each captured value it meets in an enum
/// comparison or a conversion, which made every such query build (and later finalize) a dynamic method; a constant
/// it reads directly.
/// </summary>
internal sealed class CapturedValues : ExpressionVisitor
{
    private static readonly CapturedValues Instance = new();
    private static readonly object Missing = new();

    public static Expression<Func<T, bool>> Inline<T>(Expression<Func<T, bool>> predicate) => (Expression<Func<T, bool>>)Instance.Visit(predicate)!;

    public override Expression? Visit(Expression? node) =>
        node is null or ConstantExpression or LambdaExpression or ParameterExpression ? base.Visit(node)
        : TryEvaluate(node, out var value) ? Expression.Constant(value, node.Type)
        : base.Visit(node);

    /// <summary>The value of a subtree made only of constants, fields and properties over them, and plain conversions.</summary>
    private static bool TryEvaluate(Expression node, out object? value)
    {
        value = null;
        switch (node)
        {
            case ConstantExpression constant:
                value = constant.Value;
                return true;
            case MemberExpression member when member.Expression is null || TryEvaluate(member.Expression, out value):
                if (member.Expression is not null && value is null)
                {
                    return false;
                }

                value = member.Member switch
                {
                    FieldInfo field => field.GetValue(value),
                    PropertyInfo property when property.GetIndexParameters().Length == 0 => property.GetValue(value),
                    _ => Missing,
                };
                return !ReferenceEquals(value, Missing);
            case UnaryExpression { NodeType: ExpressionType.Convert, Method: null } convert when TryEvaluate(convert.Operand, out value):
                return TryConvert(ref value, convert.Type);
            default:
                return false;
        }
    }

    private static bool TryConvert(ref object? value, Type type)
    {
        if (value is null)
        {
            return !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
        }

        if (type.IsInstanceOfType(value))
        {
            return true;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsPrimitive && value is Enum or IConvertible)
        {
            value = Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        return false;
    }
}
