namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>The office mends an invitation: release, re-link, remove, undo a check-in, resend.</summary>
    public static class OfficeRepairs
    {
        public const string ReleaseDescription = "Tách Giấy mời khỏi tài khoản đã nhận nhầm (cấp mã mới)";

        public const string LinkDescription = "Gắn Giấy mời với đúng tài khoản của đại biểu";

        public const string RemoveDescription = "Xóa một đại biểu khỏi danh sách";

        public const string UndoCheckInDescription = "Hủy điểm danh nhầm";

        public const string ResendDescription = "Gửi lại đường dẫn, mã QR và lịch (.ics) cho một đại biểu";

        /// <summary>What the repair commands take after their name (<see cref="Usage"/>).</summary>
        public const string InviteCodeSlot = "<mã mời>";

        public const string CheckInCodeSlot = "<mã điểm danh>";

        public const string BindSlots = "<mã mời> <kênh:mã tài khoản>, ví dụ /daibieu_gan K7M2Q9XR telegram:123456789";

        public static string Usage(string command, string example) => $"Xin nhập theo mẫu: /{command} {example}\nMã mời, mã điểm danh hoặc số di động của đại biểu đều dùng được.";

        public static string NoSuchDelegate(string typed) => $"Không tìm thấy đại biểu có mã hoặc số điện thoại «{typed}». Xin xem danh sách bằng /daibieu_xuat.";

        public static string Released(string name, int accounts, string code) =>
            $"Đã tách Giấy mời của đ/c {name} khỏi {accounts} tài khoản; mã mời cũ và đường dẫn cũ đã hủy, mã mời mới: {code}. " +
            $"Gửi lại cho đúng người bằng /daibieu_guilai {code}.";

        public const string NotClaimed = "Giấy mời này chưa được tài khoản nào nhận; không cần tách.";

        public const string ReleasedNotice =
            "Kính gửi đồng chí, Văn phòng Sở đã tách Giấy mời Hội nghị khỏi tài khoản này vì được nhận nhầm. " +
            "Nếu đồng chí được mời, xin liên hệ Văn phòng Sở để nhận lại đường dẫn. Trân trọng.";

        public static string Linked(string name, string address) => $"Đã gắn Giấy mời của đ/c {name} với tài khoản {address}; người đó đã được thông báo.";

        public static string LinkedNotice(string name, string title) =>
            $"Kính gửi đồng chí {name}, Văn phòng Sở đã gắn Giấy mời {title} với tài khoản này. Xin gõ /start để xem Giấy mời và xác nhận tham dự. Trân trọng.";

        public static string LinkTaken(string address, string other) => $"Tài khoản {address} đang gắn với Giấy mời của đ/c {other}. Xin tách Giấy mời đó trước bằng /daibieu_tach.";

        public static string Removed(string name, string? substitute) =>
            $"Đã xóa đ/c {name} khỏi danh sách đại biểu" + (substitute is null ? "" : $" (cùng người đi thay {substitute})") + "; chỗ ngồi được dành cho danh sách chờ nếu có.";

        public static string RemovedNotice(string name, string title, string? phone) =>
            $"Kính gửi đồng chí {name}, Văn phòng Sở thông báo Giấy mời {title} gửi đồng chí đã được thu hồi. Nếu có nhầm lẫn, xin liên hệ {(string.IsNullOrWhiteSpace(phone) ? "Văn phòng Sở" : "Văn phòng Sở, điện thoại " + phone)}. Trân trọng.";

        public static string CheckInUndone(string name) => $"Đã hủy điểm danh của đ/c {name}; người đó đã được thông báo.";

        public static string NotCheckedIn(string name) => $"Đ/c {name} chưa điểm danh; không có gì để hủy.";

        public static string CheckInUndoneNotice(string name) =>
            $"Kính gửi đồng chí {name}, lượt điểm danh của đồng chí đã được Văn phòng Sở hủy vì ghi nhầm. Khi đến Hội nghị, xin xuất trình lại mã QR điểm danh. Trân trọng.";

        public static string Resent(string name, int accounts) =>
            accounts == 0
                ? $"Đ/c {name} chưa nhận Giấy mời qua bot nên không có tài khoản để gửi; đường dẫn và mã QR được gửi tới đồng chí để chuyển tiếp."
                : $"Đã gửi lại đường dẫn, mã QR và lịch (nếu có) tới {accounts} tài khoản của đ/c {name}.";

        public static string ResendText(string name, string? link, string code) =>
            $"Kính gửi đồng chí {name}, Văn phòng Sở gửi lại Giấy mời Hội nghị:\n" +
            (link is null ? "" : $"• Đường dẫn: {link}\n") + $"• Mã mời: {code}\nTrân trọng.";

        public static string CodeOfSubstituted(string name, string substitute, string phone) =>
            $"Mã của đ/c {name} đã hủy vì đồng chí đã cử đ/c {substitute} ({phone}) đi thay. Xin dùng mã QR điểm danh của đ/c {substitute}.";

        public static string InviteQrCaption(string name, string code) => $"🔳 Mã QR Giấy mời của đ/c {name} (mã mời {code}).";
    }
}
