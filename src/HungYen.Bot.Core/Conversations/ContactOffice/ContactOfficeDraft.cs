namespace HungYen.Bot.Core.Conversations.ContactOffice;

/// <summary>The contact-office flow's answer so far: the message being written.</summary>
public sealed class ContactOfficeDraft
{
    public string Message { get; set; } = "";
}
