namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>Limits on uploaded tables (issue 14, point 6), checked before the file is read.</summary>
    public static class Uploads
    {
        public static string TooManyRows(int max) =>
            $"Bảng tính có quá nhiều dòng (tối đa {max.ToString("N0", Culture)} dòng). Xin chia danh sách thành nhiều tệp nhỏ hơn rồi gửi lần lượt.";

        public static string InflatesTooLarge(long maxBytes) =>
            $"Tệp bảng tính khi giải nén vượt quá {maxBytes / (1024 * 1024)} MB, nên bot không đọc. " +
            "Xin kiểm tra lại tệp (chỉ giữ một trang danh sách, bỏ hình ảnh) rồi gửi lại.";

        private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");
    }
}
