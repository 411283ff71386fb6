namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// Input cleaning, once per turn before anything reads the update: every free text a person sent (their words, their
/// display name, a shared contact's phone and name, a file's name) goes through <see cref="InputText.Clean"/>.
/// </summary>
public static class CleanInput
{
    public static IncomingUpdate Of(IncomingUpdate update) => update with
    {
        Text = InputText.Clean(update.Text),
        DisplayName = InputText.Clean(update.DisplayName),
        Contact = update.Contact is { } c ? c with { PhoneNumber = InputText.Clean(c.PhoneNumber) ?? "", Name = InputText.Clean(c.Name) } : null,
        File = update.File is { } f ? f with { FileName = InputText.Clean(f.FileName) } : null,
    };
}
