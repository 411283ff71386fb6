namespace HungYen.Bot.Core.Texts;

public static partial class En
{
    public static class Zns
    {
        public const string Invite = "Send Zalo template invitations";

        public const string Status = "Zalo template invitations: results";
    }
}
