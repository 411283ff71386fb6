namespace HungYen.Bot.Testing.FakeZalo;

/// <summary>One call the bot made to send something: sendMessage (Text), sendPhoto (Photo, Caption) or sendChatAction.</summary>
public sealed record SentZaloMessage(string Method, string ChatId, string? Text, string? Photo = null, string? Caption = null);
