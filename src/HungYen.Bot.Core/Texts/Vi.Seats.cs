namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>Protocol seating: what a delegate is told before confirming when the hall is full.</summary>
    public static class Seats
    {
        public static string HallFull(int capacity) =>
            $"⚠️ Hội trường đã đủ {capacity.ToString(CultureInfo.InvariantCulture)} chỗ. Nếu xác nhận, đồng chí được ghi vào danh sách chờ và sẽ được báo ngay khi có chỗ trống.";

        /// <summary>Invited people, substitutes and seats, each counted on its own.</summary>
        public static string Counts(int invited, int substitutes, int seats, int capacity) =>
            $"• Được mời: {invited.ToString(CultureInfo.InvariantCulture)}; người đi thay: {substitutes.ToString(CultureInfo.InvariantCulture)}\n" +
            $"• Chỗ ngồi đã giữ: {seats.ToString(CultureInfo.InvariantCulture)}/{capacity.ToString(CultureInfo.InvariantCulture)}";

        public static string PendingAfterDeadline(string title, string time, string deadline, string office, string? phone) =>
            $"Kính gửi đồng chí: {title} diễn ra lúc {time}. Hạn xác nhận tham dự qua bot đã kết thúc ({deadline}) mà Văn phòng Sở chưa nhận được trả lời của đồng chí.\n" +
            $"Nếu đồng chí vẫn tham dự, không tham dự hoặc cử người đi thay, xin liên hệ trực tiếp {office}{(string.IsNullOrWhiteSpace(phone) ? "" : ", điện thoại " + phone)}. Trân trọng.";

        public const string AcceptOfferButton = "✅ Nhận chỗ";

        public const string RefuseOfferButton = "❌ Nhường chỗ";

        public static string OfferHeld(int hours) =>
            $"Chỗ được giữ cho đồng chí trong {hours.ToString(CultureInfo.InvariantCulture)} giờ; sau thời hạn này, chỗ sẽ được chuyển cho người tiếp theo trong danh sách chờ.";

        public const string LapsedReason = "Không nhận chỗ trống trong thời hạn giữ chỗ";

        /// <summary>A delegate's stored reason for not attending as the office reads it: the lapse's code worded, the person's own words (or an older record's sentence) as they are.</summary>
        public static string? DeclineReason(string? stored) => stored == Core.Delegates.Delegate.OfferLapsed ? LapsedReason : stored;

        public static string OfferLapsed(string name, string title, int hours) =>
            $"Kính gửi đồng chí {name}: chỗ trống tại {title} đã được giữ cho đồng chí {hours.ToString(CultureInfo.InvariantCulture)} giờ nhưng chưa được xác nhận, nên đã được chuyển cho người tiếp theo trong danh sách chờ. " +
            "Nếu đồng chí vẫn muốn tham dự, xin mở lại Giấy mời bằng /giaymoi để đăng ký lại. Trân trọng.";

        public static string OfficeOfferLapsed(string name, string organization, int hours) =>
            $"Đ/c {name} ({organization}) không nhận chỗ trống trong {hours.ToString(CultureInfo.InvariantCulture)} giờ giữ chỗ; chỗ được chuyển cho người tiếp theo trong danh sách chờ.";

        public const string OfferNoLongerHeld = "Chỗ trống này không còn được giữ cho đồng chí (đã quá thời hạn hoặc đã được trả lời). Xin xem tình trạng Giấy mời bằng /giaymoi.";

        /// <summary>Without the name when the delegate is removed or erased.</summary>
        public static string OfferExpiryTitle(string? name) => string.IsNullOrEmpty(name) ? "Hết hạn giữ chỗ trống cho đại biểu" : $"Hết hạn giữ chỗ trống cho đ/c {name}";

        public static string OfficeDeclined(string name, string organization, string? reason) =>
            $"Đ/c {name} ({organization}) không tham dự Hội nghị" + (string.IsNullOrWhiteSpace(reason) ? "." : $"; lý do: {reason}.");
    }
}
