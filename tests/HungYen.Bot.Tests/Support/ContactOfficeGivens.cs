namespace HungYen.Bot.Tests.Support;

/// <summary>The opening that many transcripts share: a person on the «Gửi ý kiến tới Văn phòng Sở» flow.</summary>
public static class ContactOfficeGivens
{
    public const string ContactOffice = "✉️ Gửi ý kiến tới Văn phòng Sở";

    /// <summary>Given the person opened the menu and picked «Gửi ý kiến tới Văn phòng Sở»: the reply asking for the message.</summary>
    public static async Task<Reply> GivenWritingToTheOfficeAsync(this ChatUser user)
    {
        await user.Says("/start");
        return await user.Presses(ContactOffice);
    }
}
