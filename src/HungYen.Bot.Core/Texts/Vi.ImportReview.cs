namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>What a re-import leaves for the office to decide: rows gone from the file, probable duplicates.</summary>
    public static class ImportReview
    {
        public static string Report(IReadOnlyList<string> missing, IReadOnlyList<string> duplicates) =>
            (missing.Count == 0 ? "" : $"\nCó trong danh sách cũ nhưng không có trong tệp mới ({missing.Count}), vẫn được giữ; nếu cần xóa, xin dùng /daibieu_xoa <mã mời>:\n{string.Join("\n", missing)}") +
            (duplicates.Count == 0 ? "" : $"\nCó thể trùng người ({duplicates.Count}), xin kiểm tra:\n{string.Join("\n", duplicates)}");

        public static string MissingLine(string name, string organization, string code) => $"• {name} — {organization} (mã mời {code})";

        public static string DuplicateLine(int row, string name, string organization, string code) =>
            $"• Dòng {row}: trùng họ tên với đ/c {name} — {organization} (mã mời {code}) nhưng khác số điện thoại";
    }
}
