namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    public static class PrivacyRights
    {
        public const string MenuLabel = "🔒 Dữ liệu cá nhân của tôi";

        public const string Ask =
            "Quyền của đồng chí đối với dữ liệu cá nhân (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15). Xin chọn:";

        public const string View = "📄 Xem dữ liệu của tôi";

        public const string Erase = "🗑 Xóa dữ liệu của tôi";

        public const string Withdraw = "↩️ Rút lại sự đồng ý";

        public const string ShowNotice = "📜 Xem thông báo xử lý dữ liệu";

        public const string ConfirmErase =
            "Đồng chí chắc chắn muốn xóa dữ liệu cá nhân của mình? Sau khi xóa, bot sẽ không còn nhận ra đồng chí " +
            "(đăng ký đơn vị, xác nhận tham dự…) và Văn phòng Sở sẽ được thông báo nếu việc xóa ảnh hưởng đến hồ sơ.";

        public const string ConfirmWithdraw =
            "Đồng chí chắc chắn muốn rút lại sự đồng ý? Bot sẽ ngừng mọi nhắc nhở và không nhận thêm thông tin của đồng chí. " +
            "Dữ liệu đã lưu được giữ đến khi đồng chí yêu cầu xóa hoặc hết thời hạn lưu trữ.";

        public const string YesErase = "🗑 Đồng ý xóa";

        public const string YesWithdraw = "↩️ Đồng ý rút lại";

        public const string Header = "Dữ liệu cá nhân bot đang lưu về đồng chí:";

        public const string JsonCaption = "Bản sao đầy đủ dạng JSON.";

        public const string JsonFileName = "Dữ liệu cá nhân.json";

        public const string ThirdPartyRecords =
            "Lưu ý: hồ sơ đề xuất khen thưởng do một đơn vị lập về đồng chí thuộc hồ sơ đề nghị của đơn vị đó. " +
            "Để xem hoặc đề nghị sửa, xin đồng chí liên hệ Văn phòng Sở.";

        public const string Erased = "Đã xóa dữ liệu cá nhân của đồng chí. Nếu cần sử dụng lại, xin gõ /start. Trân trọng.";

        public const string Withdrawn =
            "Đã ghi nhận đồng chí rút lại sự đồng ý. Bot sẽ không gửi nhắc nhở cho đồng chí nữa. Nếu đổi ý, xin gõ /start.";

        public static string OfficeErasure(string who, IEnumerable<string> lines) =>
            $"🔒 {who} đã yêu cầu xóa dữ liệu cá nhân. Các hồ sơ bị ảnh hưởng:\n" + Bullets(lines);

        public static string OfficeWithdrawn(string who) =>
            $"🔒 {who} đã rút lại sự đồng ý xử lý dữ liệu cá nhân: bot không gửi nhắc nhở cho người này nữa; dữ liệu đã lưu được giữ " +
            "đến khi người này yêu cầu xóa hoặc hết thời hạn lưu trữ. Nếu cần, đề nghị liên hệ trực tiếp.";

        public const string ConversationSection = "Tài khoản và hội thoại";

        public static string Identity(string id, string? name) => $"Mã tài khoản: {id}{(string.IsNullOrWhiteSpace(name) ? "" : $" (tên hiển thị: {name})")}";

        public static string ConsentLine(string? version, string? at) =>
            version is null ? "Sự đồng ý: chưa có hoặc đã rút lại" : $"Sự đồng ý: phiên bản {version}, ghi nhận lúc {at}";

        public static string MessagesLine(int count) => $"Số tin nhắn bot đã gửi đồng chí: {count}";

        public static string DraftLine(string draft) => $"Thông tin đang nhập dở: {draft}";

        public const string ErasedText = "[đã xóa theo yêu cầu]";

        /// <summary>In place of an erased person's name or phone inside a message kept for someone else.</summary>
        public const string ErasedMark = "[đã xóa]";
    }
}
