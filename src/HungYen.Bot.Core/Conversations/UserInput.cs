namespace HungYen.Bot.Core.Conversations;

public enum InputKind
{
    Text,
    Choice,
    File,
    Contact,
}

/// <summary>What the person answered, already told apart: typed text, a picked choice (by button, number or label), a file, a contact.</summary>
public sealed record UserInput(InputKind Kind, string Value, IncomingFile? File = null, SharedContact? Contact = null)
{
    public static UserInput Text(string text) => new(InputKind.Text, text);

    public static UserInput Chosen(string data) => new(InputKind.Choice, data);

    public bool IsChoice(string data) => Kind == InputKind.Choice && Value == data;
}
