namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    public static class Storage
    {
        public const string BackupCommandDescription = "Sao lưu cơ sở dữ liệu trên máy chủ";

        public static string BackedUp(string at, string fileName, string size) =>
            $"Đã sao lưu cơ sở dữ liệu lúc {at}: tệp {fileName} ({size}) trong thư mục sao lưu trên máy chủ. " +
            "Bản sao lưu chứa dữ liệu cá nhân, đề nghị giữ an toàn và không gửi qua tin nhắn.";

        public const string BackupFailed =
            "Chưa sao lưu được cơ sở dữ liệu (lỗi khi ghi tệp trên máy chủ). Đề nghị đồng chí báo cán bộ kỹ thuật kiểm tra dung lượng và quyền ghi của thư mục sao lưu.";

        public static string DatabaseSize(string size) => $"Dung lượng cơ sở dữ liệu: {size}";

        public static string Size(long bytes) => bytes >= 1024 * 1024
            ? Formats.VietnameseNumber.OneDecimal(bytes / 1024d / 1024d) + " MB"
            : Formats.VietnameseNumber.Whole((long)Math.Round(bytes / 1024d, MidpointRounding.AwayFromZero)) + " KB";

        public const string OutageAlarm =
            "⚠️ Kính gửi Văn phòng Sở: bot tạm thời không ghi được dữ liệu (ổ đĩa đầy hoặc lỗi ghi). Các tin nhắn đến đang được giữ lại " +
            "và sẽ được xử lý khi ghi lại được; bot tự thử lại. Đề nghị báo cán bộ kỹ thuật kiểm tra dung lượng ổ đĩa của máy chủ.";

        public const string OutageRecovered =
            "✅ Kính gửi Văn phòng Sở: bot đã ghi được dữ liệu trở lại, các tin nhắn được giữ lại đang được xử lý. Trân trọng.";
    }
}
