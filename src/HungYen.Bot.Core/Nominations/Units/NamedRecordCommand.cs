namespace HungYen.Bot.Core.Nominations.Units;

/// <summary>
/// An office command about one record named after the command (a person's chat address, a unit's code): with nothing
/// typed it says how to use it, with a name that finds nothing it says so, otherwise it applies itself to the record.
/// </summary>
public abstract class NamedRecordCommand<TRecord> : OfficeCommand
    where TRecord : Record
{
    /// <summary>How to use the command, said when nothing follows it.</summary>
    protected abstract string Usage { get; }

    /// <summary>The record's key as typed, in its normal form; a person is named by their chat address ("telegram:123").</summary>
    protected virtual string Key(string typed) => NamesPerson ? ChatAddress.Parse(typed).ToString() : typed;

    /// <summary>Whether the record is a person's, kept under their chat address.</summary>
    protected virtual bool NamesPerson => true;

    protected virtual TRecord? Find(IRecordReader store, string key) => store.Find<TRecord>(key);

    protected abstract string NotFound(string key);

    protected abstract void Apply(Turn turn, TRecord record);

    public sealed override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(arguments))
        {
            turn.Say(Usage);
            return Task.CompletedTask;
        }

        var key = Key(arguments.Trim());
        if (Find(turn.Store, key) is { } record)
        {
            Apply(turn, record);
        }
        else
        {
            turn.Say(NotFound(key));
        }

        return Task.CompletedTask;
    }
}
