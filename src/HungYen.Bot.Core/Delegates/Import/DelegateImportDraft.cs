using System.Text.Json.Serialization;

namespace HungYen.Bot.Core.Delegates.Import;

/// <summary>The import flow's outcome within the turn the list is read: what was imported, held and refused.</summary>
public sealed class DelegateImportDraft
{
    /// <summary>Only for the turn that imports (the flow ends with it), so never stored.</summary>
    [JsonIgnore]
    public ImportResult? Result { get; set; }
}
