namespace HungYen.Bot.Storage;

/// <summary>Counts of a store's work since it opened: reads, change sets committed, and the transactions that wrote them.</summary>
public sealed record StoreActivity(long Reads, long ChangeSets, long Transactions);
