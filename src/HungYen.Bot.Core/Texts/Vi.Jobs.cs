namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>Slow work done outside the conversation (issue 14, point 6).</summary>
    public static class Jobs
    {
        public static string Started(string title) =>
            $"⏳ Đang xử lý yêu cầu {title}. Việc này có thể mất vài phút; kết quả sẽ được gửi tới đồng chí ngay khi xong. " +
            "Trong lúc chờ, đồng chí vẫn có thể làm việc khác với bot.";

        public static string AlreadyRunning(string title) =>
            $"⏳ Yêu cầu {title} của đồng chí đang được xử lý; kết quả sẽ được gửi tới đồng chí ngay khi xong, đồng chí không cần gửi lại.";

        public static string Failed(string title) =>
            $"Xin lỗi đồng chí, hệ thống gặp sự cố khi xử lý yêu cầu {(title.Length == 0 ? "của đồng chí" : title)}, nên chưa có kết quả. " +
            "Các thông tin đã lưu không bị mất. Xin đồng chí gửi lại yêu cầu sau ít phút; nếu vẫn lỗi, xin liên hệ Văn phòng Sở.";

        /// <summary>A job whose result kept meeting records others were changing (delegates answering): nothing was changed.</summary>
        public static string KeptChanging(string title) =>
            $"Xin lỗi đồng chí, yêu cầu {title} chưa thực hiện được: trong lúc xử lý, các thông tin liên quan liên tục được " +
            "cập nhật (ví dụ đại biểu đang trả lời Giấy mời), nên hệ thống không ghi đè để không làm mất thông tin vừa cập nhật. " +
            "Chưa có thông tin nào bị thay đổi. Xin đồng chí gửi lại yêu cầu sau ít phút.";

        public const string ReportFilesTitle = "tải tất cả tệp Báo cáo thành tích";

        public const string ExportTitle = "xuất Danh sách đề nghị khen thưởng";

        public const string DelegateImportTitle = "nhập danh sách đại biểu";

        public const string InvitationsTitle = "tạo Giấy mời của tất cả đại biểu";

        /// <summary>The retention report's line: finished requests' records deleted.</summary>
        public static string RetentionLine(int jobs) => $"Bản ghi các yêu cầu xử lý nền đã xong (xuất, tải tệp, nhập danh sách): đã xóa {jobs} bản ghi";

        public const string PrivacySection = "Yêu cầu xử lý nền";

        public static string PrivacyLine(int jobs, int days) =>
            $"Số yêu cầu xử lý nền của đồng chí (xuất, tải tệp, nhập danh sách) đang lưu: {jobs}; mỗi yêu cầu được xóa {days} ngày sau khi xử lý xong";
    }
}
