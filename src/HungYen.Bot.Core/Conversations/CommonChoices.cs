namespace HungYen.Bot.Core.Conversations;

/// <summary>The choices every flow offers the same way: Cancel (handled by the router, never by a flow) and Back.</summary>
public static class CommonChoices
{
    /// <summary>The data a flow receives for <see cref="Back"/>.</summary>
    public const string BackData = "back";

    public static Choice Cancel { get; } = new(Vi.Cancel, ConversationMenu.CancelData);

    public static Choice Back { get; } = new(Vi.Back, BackData);
}
