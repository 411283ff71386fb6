namespace HungYen.Bot.Core.Storage;

/// <summary>
/// Records are looked up by this property on ordinary turns (a chat address, a code someone typed): a store keeps an
/// index on it so the lookup stays as quick with 10,000 records as with 60. On a list, every element is indexed.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IndexedAttribute : Attribute;
