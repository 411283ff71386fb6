namespace HungYen.Bot.Core.Storage;

/// <summary>Base of every stored record: a string id, unique within the record's type.</summary>
public abstract class Record
{
    public string Id { get; set; } = "";
}
