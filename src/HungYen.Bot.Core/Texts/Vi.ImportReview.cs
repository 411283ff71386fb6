namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>What a re-import leaves for the office to decide: rows gone from the file, probable duplicates.</summary>
    public static class ImportReview
    {
        public static string Report(IReadOnlyList<string> missing, IReadOnlyList<string> duplicates, IReadOnlyList<string>? held = null) =>
            (held is not { Count: > 0 } ? "" : $"\nChưa nhập, chờ Văn phòng Sở quyết định ({held.Count}):\n{string.Join("\n", held)}") +
            (missing.Count == 0 ? "" : $"\nCó trong danh sách cũ nhưng không có trong tệp mới ({missing.Count}), vẫn được giữ; nếu cần xóa, xin dùng /daibieu_xoa <mã mời>:\n{string.Join("\n", missing)}") +
            (duplicates.Count == 0 ? "" : $"\nCó thể trùng người ({duplicates.Count}), xin kiểm tra:\n{string.Join("\n", duplicates)}");

        public static string HeldLine(int row, string name, string organization, string erasedOn, string code) =>
            $"• Dòng {row}: {name} — {organization} trùng với đại biểu đã tự xóa dữ liệu cá nhân ngày {erasedOn} (mã mời {code}). " +
            $"Nếu là cùng một người, xin gõ /daibieu_ganlai {code} (giữ trả lời và lịch sử của đại biểu); nếu là người khác, gõ /daibieu_moi {code} để tạo đại biểu mới.";

        public const string LinkDescription = "Gắn dòng danh sách đang chờ vào đại biểu đã xóa dữ liệu (cùng một người)";

        public const string NewDescription = "Tạo đại biểu mới từ dòng danh sách đang chờ (người khác)";

        public static string NothingHeld(string name) => $"Không có dòng danh sách nào đang chờ quyết định đối với đ/c {name}.";

        public static string Linked(int row, string name, string code) =>
            $"Đã gắn dòng {row} vào đại biểu {name} (mã mời {code}); trả lời và lịch sử của đại biểu được giữ nguyên.";

        public static string Created(int row, string name, string code) =>
            $"Đã tạo đại biểu mới từ dòng {row}: {name} (mã mời {code}). Xin gửi Giấy mời cho đại biểu (/daibieu_giaymoi).";

        public static string MissingLine(string name, string organization, string code) => $"• {name} — {organization} (mã mời {code})";

        public static string DuplicateLine(int row, string name, string organization, string code) =>
            $"• Dòng {row}: trùng họ tên với đ/c {name} — {organization} (mã mời {code}) nhưng khác số điện thoại";
    }
}
