namespace HungYen.Bot.Hosting;

/// <summary>
/// Wraps a logger provider so that nothing reaches it unredacted: the formatted message, every structured value and
/// the exception (message, stack trace, inner exceptions) pass through the <see cref="Redactor"/> first, whichever
/// code wrote the line and whatever an API or a proxy put into its error.
/// </summary>
public sealed class RedactingLoggerProvider(ILoggerProvider inner, Redactor redactor) : ILoggerProvider, ISupportExternalScope
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), redactor);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider)
    {
        if (inner is ISupportExternalScope scoped)
        {
            scoped.SetScopeProvider(scopeProvider);
        }
    }

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner, Redactor redactor) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var message = redactor.Redact(formatter(state, exception));
            List<KeyValuePair<string, object?>> values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? [.. pairs.Select(p => new KeyValuePair<string, object?>(p.Key, Clean(p.Key, p.Value)))]
                : [];
            var redacted = new RedactedState(message, values);
            inner.Log(logLevel, eventId, redacted, exception is null ? null : new RedactedException(exception, redactor), static (s, _) => s.Message);
        }

        private object? Clean(string key, object? value) => value switch
        {
            null => null,
            _ when key == "{OriginalFormat}" => value,
            bool or int or long or double or decimal or TimeSpan or DateTime or DateTimeOffset => value,
            _ => redactor.Redact(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    private sealed class RedactedState(string message, List<KeyValuePair<string, object?>> values) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message => message;

        public int Count => values.Count;

        public KeyValuePair<string, object?> this[int index] => values[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => message;
    }

    /// <summary>The original exception as text, redacted; keeps the original's type name for the reader.</summary>
    private sealed class RedactedException(Exception original, Redactor redactor) : Exception(redactor.Redact(original.Message))
    {
        private readonly string _text = redactor.Full(original);

        public override string? StackTrace => null;

        public override string ToString() => _text;
    }
}
