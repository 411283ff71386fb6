namespace HungYen.Bot.Core.Nominations.Units;

/// <summary>
/// An office command about one record named after the command (a person's chat address, a unit's code): with nothing
/// typed it says how to use it, with a name that finds nothing it says so, otherwise it applies itself to the record.
/// </summary>
/// <param name="usage">How to use the command, said when nothing follows it.</param>
/// <param name="notFound">What is said when the typed name finds nothing (it is given the name in its normal form).</param>
public abstract class NamedRecordCommand<TRecord>(string usage, Func<string, string> notFound) : OfficeCommand
    where TRecord : Record
{
    /// <summary>The record's key as typed, in its normal form; a person is named by their chat address ("telegram:123").</summary>
    protected virtual string Key(string typed) => NamesPerson ? ChatAddress.Parse(typed).ToString() : typed;

    /// <summary>Whether the record is a person's, kept under their chat address.</summary>
    protected virtual bool NamesPerson => true;

    protected virtual TRecord? Find(IRecordReader store, string key) => store.Find<TRecord>(key);

    protected abstract void Apply(Turn turn, TRecord record);

    public sealed override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(arguments))
        {
            turn.Say(usage);
            return Task.CompletedTask;
        }

        var key = Key(arguments.Trim());
        if (Find(turn.Store, key) is { } record)
        {
            Apply(turn, record);
        }
        else
        {
            turn.Say(notFound(key));
        }

        return Task.CompletedTask;
    }
}
