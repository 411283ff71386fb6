namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>What each part of the bot tells a person it holds about them (/dulieu), erases, or purges after the retention period.</summary>
    public static class PersonalDataSections
    {
        public const string Nominations = "Đề xuất khen thưởng";

        public static string Staff(string unit, string name, string enrolled) => $"Cán bộ của {unit} (tên: {name}), đăng ký lúc {enrolled}";

        public static string Submitted(IEnumerable<string> references) =>
            $"Hồ sơ đề xuất đồng chí đã gửi thay mặt đơn vị: {string.Join(", ", references)}";

        public static string StaffErased(string unit) => $"Đã xóa đăng ký cán bộ của {unit}";

        public static string SubmittedKept(IEnumerable<string> references) =>
            $"Các hồ sơ đề xuất {string.Join(", ", references)} do người này gửi được giữ lại là hồ sơ của đơn vị";

        public const string NominationsKept = "Hồ sơ đề xuất: giữ nguyên làm hồ sơ chính thức";

        public static string NominationsAnonymised(int count) => $"Hồ sơ đề xuất: đã ẩn danh {count} hồ sơ";

        /// <summary>What an anonymised nominee's name and texts become (a record holding it is not anonymised again).</summary>
        public const string Anonymised = "[đã ẩn danh]";

        public const string Delegates = "Đại biểu dự Hội nghị";

        public static string Delegate(string name, string position, string organization, string phone, string answer, string? note) =>
            $"Đại biểu: {name}, {position}, {organization}, điện thoại {phone}; trả lời: {answer}{(note is null ? "" : "; ghi chú: " + note)}";

        public static string DelegateErased(string name, string organization, string answer) =>
            $"Đại biểu {name} ({organization}): đã xóa số điện thoại, ghi chú và tài khoản trò chuyện; trả lời «{answer}» được giữ";

        public const string ZnsInvitations = "Giấy mời gửi qua tin nhắn mẫu Zalo (ZNS)";

        public static string ZnsInvitation(string phone, string state) => $"Giấy mời gửi đến số điện thoại {phone}: {state}";

        public static string ZnsPurged(int count) => $"Giấy mời qua tin nhắn mẫu Zalo: đã xóa số điện thoại của {count} giấy mời";

        public static string DelegatesPurged(int count) => $"Đại biểu: đã xóa số điện thoại, tài khoản trò chuyện và ghi chú của {count} đại biểu";
    }
}
