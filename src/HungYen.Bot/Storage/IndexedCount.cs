using System.Linq.Expressions;
using LiteDB;

namespace HungYen.Bot.Storage;

/// <summary>
/// A count of the records whose property equals a value (<c>n =&gt; n.QuotaGroup == group</c>), read from that
/// property's index alone. LiteDB's own count reads every document the index finds, to count their ids; a query that
/// selects nothing but the indexed property is answered from the index's keys (its "index key only" plan), so the
/// count costs the index nodes, not the documents: the quota counts of a review stay cheap however many nominations
/// share the group.
/// </summary>
internal static class IndexedCount
{
    /// <summary>
    /// The property and value of an equality predicate on one string property the store indexes (by its own name, see
    /// <see cref="HungYen.Bot.Core.Storage.IndexedAttribute"/>), after its captured values are inlined.
    /// </summary>
    public static bool TryMatch<T>(Expression<Func<T, bool>> inlined, out string property, out string? value)
    {
        property = "";
        value = null;
        if (inlined.Body is not BinaryExpression { NodeType: ExpressionType.Equal } equal)
        {
            return false;
        }

        var (member, constant) = (equal.Left, equal.Right) switch
        {
            (MemberExpression m, ConstantExpression c) => (m, c),
            (ConstantExpression c, MemberExpression m) => (m, c),
            _ => (null, null),
        };
        if (member is not { Expression: ParameterExpression, Member: System.Reflection.PropertyInfo indexed } || member.Type != typeof(string) || constant is null
            || !indexed.IsDefined(typeof(HungYen.Bot.Core.Storage.IndexedAttribute), inherit: true))
        {
            return false;
        }

        property = member.Member.Name;
        value = (string?)constant.Value;
        return true;
    }

    /// <summary>The count, from the index of <paramref name="property"/> when there is one (else LiteDB reads the documents).</summary>
    public static int Count(ILiteCollection<BsonDocument> collection, string property, string? value) => Query(collection, property, value).ToEnumerable().Count();

    /// <summary>For tests: how LiteDB runs the count (its plan's "lookup.loader" is "index" when no document is read).</summary>
    public static BsonDocument Plan(ILiteCollection<BsonDocument> collection, string property, string? value) => Query(collection, property, value).GetPlan();

    private static ILiteQueryableResult<BsonDocument> Query(ILiteCollection<BsonDocument> collection, string property, string? value)
    {
        var path = "$." + property;
        return collection.Query()
            .Where(BsonExpression.Create(path + " = @0", value is null ? BsonValue.Null : new BsonValue(value)))
            .Select(BsonExpression.Create(path));
    }
}
