namespace HungYen.Bot.Core.Delegates.Import;

/// <summary>The import flow keeps nothing between turns: the uploaded list goes with its <see cref="DelegateImportJob"/>.</summary>
public sealed class DelegateImportDraft;
