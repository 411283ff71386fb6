namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>Changing the date or venue: the office's confirmation, the notice old → new, the calendar entry.</summary>
    public static class ConferenceChange
    {
        public const string ConfirmDescription = "Xác nhận gửi thông báo thay đổi thời gian, địa điểm Hội nghị";

        public const string CancelDescription = "Hủy thay đổi thời gian, địa điểm Hội nghị đang chờ xác nhận";

        public const string NothingPending = "Không có thay đổi thời gian, địa điểm nào đang chờ xác nhận. Đặt bằng /hoinghi_thoigian hoặc /hoinghi_diadiem.";

        public const string Cancelled = "Đã hủy thay đổi đang chờ; thời gian, địa điểm Hội nghị giữ nguyên, không ai được thông báo.";

        public const string NotSet = "chưa đặt";

        public const string CalendarCaption = "Lịch Hội nghị đã cập nhật (.ics): mở tệp để lịch trên điện thoại thay mục cũ bằng thông tin mới.";

        public static string DateInPast(string today) =>
            $"Không thể đặt Hội nghị vào ngày đã qua. Hôm nay là {today}; xin nhập ngày từ hôm nay trở đi, ví dụ /hoinghi_thoigian 18/12/2026 08:00.";

        public static string TimeInPast(string now) =>
            $"Giờ này đã qua (bây giờ là {now}). Xin nhập giờ muộn hơn.";

        public static string Confirm(string what, string from, string to, int people, int minutes) =>
            $"Thay đổi {what} Hội nghị:\n• Cũ: {from}\n• Mới: {to}\n" +
            $"Sẽ thông báo tới {people.ToString(CultureInfo.InvariantCulture)} người đã nhận Giấy mời qua bot (đã trả lời hoặc chưa), kèm lịch (.ics) cập nhật cho người tham dự.\n" +
            $"Gõ /hoinghi_xacnhan để lưu và gửi, hoặc /hoinghi_huy để thôi. Thay đổi chờ xác nhận trong {minutes.ToString(CultureInfo.InvariantCulture)} phút.";

        public static string Applied(int people, int calendars) =>
            $"Đã lưu và gửi thông báo tới {people.ToString(CultureInfo.InvariantCulture)} người; {calendars.ToString(CultureInfo.InvariantCulture)} người tham dự nhận lịch (.ics) cập nhật.";

        public static string AppliedNobody => "Đã lưu. Chưa có đại biểu nào nhận Giấy mời qua bot nên không cần thông báo.";

        public static string Notice(string title, IReadOnlyList<(string Field, string From, string To)> changes, string? when, string? venue) =>
            $"Kính gửi đồng chí,\nVăn phòng Sở thông báo thay đổi về {title}:\n" +
            string.Join("\n", changes.Select(c => $"• {c.Field}: {c.From} → {c.To}")) +
            $"\nThông tin hiện tại:\n{Delegates.Facts(when, venue, "sẽ thông báo sau")}\nTrân trọng.";

        public const string Time = "Thời gian";

        public const string Venue = "Địa điểm";

        public static string CalendarAlarm(string title) => $"Nhắc lịch: {title} diễn ra vào ngày mai.";

        public static string CalendarDescription(IReadOnlyList<string> programme, string office, string? phone) =>
            "Chương trình Hội nghị:\n" + string.Join("\n", programme.Select((p, i) => $"{(i + 1).ToString(CultureInfo.InvariantCulture)}. {p}")) +
            $"\nLiên hệ: {office}{(string.IsNullOrWhiteSpace(phone) ? "" : ", điện thoại " + phone)}.";

        public static string EarlyCheckIn(string name, string day, string code) =>
            $"Hôm nay chưa phải ngày Hội nghị ({day}); chưa điểm danh {name}. Nếu vẫn điểm danh, xin gõ: /diemdanh {code} xacnhan";
    }
}
