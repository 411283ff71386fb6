using LiteDB;

namespace HungYen.Bot.Storage;

/// <summary>
/// LiteDB expressions parsed once per thread and bound to new values for each use. LiteDB parses the text of every
/// expression it is given (<c>FindById</c> parses <c>_id = @0</c> on each call) and keeps only the compiled delegate; a
/// parsed expression reads its values from its <see cref="BsonExpression.Parameters"/> document when it runs, so the
/// same instance serves every value. Each thread has its own instances, and an instance is bound and run by one
/// synchronous LiteDB call before the thread binds it again: no two queries share one.
/// </summary>
internal static class ParsedExpressions
{
    [ThreadStatic]
    private static Dictionary<string, BsonExpression>? parsed;

    private static Dictionary<string, BsonExpression> Parsed => parsed ??= new(StringComparer.Ordinal);

    /// <summary><paramref name="text"/> (without parameters), parsed on this thread's first use.</summary>
    public static BsonExpression Get(string text)
    {
        if (!Parsed.TryGetValue(text, out var expression))
        {
            expression = BsonExpression.Create(text);
            Parsed[text] = expression;
        }

        return expression;
    }

    /// <summary><paramref name="text"/> with its one parameter <c>@0</c> bound to <paramref name="value"/>.</summary>
    public static BsonExpression Bind(string text, BsonValue value)
    {
        if (!Parsed.TryGetValue(text, out var expression))
        {
            expression = BsonExpression.Create(text, new BsonDocument { ["0"] = value });
            Parsed[text] = expression;
        }

        expression.Parameters["0"] = value;
        return expression;
    }

    /// <summary>The primary-key lookup LiteDB's <c>FindById</c> makes, without parsing it again.</summary>
    public static BsonDocument? FindById(ILiteCollection<BsonDocument> collection, BsonValue id) =>
        collection.FindOne(Bind("_id = @0", id));
}
