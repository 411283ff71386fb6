namespace HungYen.Bot.Core.Texts;

/// <summary>
/// The only English the bot has: command descriptions for clients set to English (Telegram's language_code "en").
/// Everything a person reads in the chat is Vietnamese (<see cref="Vi"/>).
/// </summary>
public static partial class En
{
    public static class Commands
    {
        public const string Start = "Start and see what you can do";
        public const string Menu = "Show the menu";
        public const string Cancel = "Cancel the current step";
        public const string Id = "Show your user id";
        public const string Help = "Help";
        public const string Backup = "Make a backup of the database";
        public const string Schedule = "Scheduled reminders and reports";
        public const string Summary = "Get the summary report now";
        public const string Attendance = "The invitation: confirm attendance";
        public const string TakeSeat = "Take the seat offered from the waiting list";
        public const string ConferenceTime = "Set the conference date and time";
        public const string ConferenceVenue = "Set the conference venue";
        public const string DelegatesStatus = "Delegates: answers so far";
        public const string DelegatesExport = "Delegates: export as .xlsx";
        public const string DelegatesLinks = "Delegates: links, codes and QR images";
        public const string CheckIn = "Check a delegate in by their code";
        public const string Arrivals = "Arrivals against confirmations";
        public const string CheckInStaff = "Name check-in staff";
        public const string PrivacyRights = "My personal data: see, delete, withdraw consent";
        public const string Nominate = "Submit a nomination";
        public const string Review = "Review nominations";
        public const string Documents = "Official documents (.docx)";
        public const string Dossier = "Move a dossier along its lifecycle";
        public const string Council = "The Council: meeting, members, votes";

        public const string CouncilBallot = "The Council's tally sheet (Excel): get it, fill it in, send it back";
        public const string DocumentNumber = "Set a document's number, date, signer";
        public const string Units = "Units, enrolment links and staff";
        public const string RemoveStaff = "Remove a staff member from a unit";
        public const string ReadmitStaff = "Let a removed staff member enrol again";
        public const string RotateCode = "Replace a unit's enrolment code";
        public const string Export = "Export nominations (Excel, CSV)";
        public const string ReportFiles = "All achievement reports as .zip, numbered as the list";
        public const string UnitNominations = "My unit's nominations";
        public const string WebSessions = "Web chat: general link and open browser sessions";
        public const string RevokeWebSession = "Web chat: revoke a person's browser sessions";
        public const string ReleaseInvitation = "Release an invitation claimed by the wrong account";
        public const string LinkInvitation = "Link an invitation to the right account";
        public const string RemoveDelegate = "Remove a delegate";
        public const string LinkHeldRow = "A held list row is the delegate who erased their data";
        public const string NewFromHeldRow = "A held list row is a new delegate";
        public const string UndoCheckIn = "Undo a check-in";
        public const string ResendInvitation = "Resend a delegate's links, QR and calendar";
        public const string ConferenceConfirm = "Confirm and send the conference change";
        public const string ConferenceCancel = "Cancel the pending conference change";
        public const string Stage = "Stage order, calling list and MC script (.docx)";
        public const string InviteAwardees = "Invite the awardees to the conference";
        public const string ZnsInvite = "Send Zalo template invitations";
        public const string ZnsStatus = "Zalo template invitations: results";
    }
}
