namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    public static class DelegateReminders
    {
        /// <summary>"Nhắc đại biểu Nguyễn Văn An (trước Hội nghị 3 ngày)"; without the name when the delegate is removed or erased.</summary>
        public static string Title(string? name, string? when) =>
            (string.IsNullOrEmpty(name) ? "Nhắc đại biểu" : $"Nhắc đại biểu {name}") + (when is null ? "" : $" ({when})");

        public static string Attending(string name, string title, string when, string time, string? venue) =>
            $"{Reminders.Greeting(name)}: trân trọng nhắc đồng chí tham dự {title} {when}.\nThời gian: {time}.\nĐịa điểm: {venue ?? "sẽ thông báo sau"}.\n" +
            "Xin đồng chí mang theo mã điểm danh (ảnh QR kèm theo) để đón tiếp nhanh. Trân trọng.";

        public static string Pending(string name, string title, string when, string time, string? venue) =>
            $"{Reminders.Greeting(name)}: Văn phòng Sở chưa nhận được xác nhận tham dự {title} của đồng chí; Hội nghị diễn ra {when}.\nThời gian: {time}.\n" +
            $"Địa điểm: {venue ?? "sẽ thông báo sau"}.\nXin đồng chí gõ /giaymoi để xem Giấy mời và trả lời. Trân trọng.";

        public const string AnswerNow = "📨 Xem Giấy mời và trả lời";

        public const string QrCaption = "Mã điểm danh của đồng chí.";

        public const string SummaryHeader = "👥 Đại biểu dự Hội nghị";

        public static string Counts(int invited, int attending, int declined, int substituted, int pending, int waiting, int arrived, int unreachable) =>
            $"Mời: {invited}; tham dự: {attending}; không tham dự: {declined}; cử người thay: {substituted}; chưa trả lời: {pending}; " +
            $"danh sách chờ: {waiting}; không liên lạc được: {unreachable}; đã điểm danh: {arrived}";

        public const string PendingNames = "Chưa trả lời:";

        public static string NeverReached(int count) =>
            $"⚠️ Chưa từng liên hệ với bot (chưa mở Giấy mời), nên bot không nhắc được: {count} — đề nghị gọi điện";

        public static string WithdrawnConsent(int count) => $"🔒 Đã rút lại sự đồng ý xử lý dữ liệu cá nhân (bot không nhắc nữa): {count}";

        public const string WithdrawnConsentNames = "Đã rút lại sự đồng ý:";

        public const string NeverReachedNames = "Chưa từng liên hệ với bot:";

        public static string NewSince(int count) => $"Trả lời mới hoặc thay đổi từ lần báo cáo trước: {count}";
    }
}
