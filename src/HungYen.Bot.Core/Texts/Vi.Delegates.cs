namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>What delegates read: recognition, the Giấy mời, answers, seats, calendar and QR.</summary>
    public static partial class Delegates
    {
        public const string MenuLabel = "📨 Giấy mời: xác nhận tham dự Hội nghị";

        public const string Regards = "Trân trọng.";

        private static string Call(string? phone) =>
            string.IsNullOrWhiteSpace(phone) ? People.Office : $"{People.Office} (số điện thoại {phone})";

        // The two ways to say who one is; a channel without Telegram's contact button words the first its own way (Zalo OA).
        internal const string IdentifyWays = "Để mở Giấy mời, xin đồng chí cho biết mình là ai bằng một trong hai cách:\n";
        internal const string OrTypeCode = "hoặc nhập mã Giấy mời gồm 8 ký tự in trên Giấy mời.";
        internal const string OrTypeCodeExample = "hoặc nhập mã Giấy mời gồm 8 ký tự (ví dụ: K7M2QX9P).";
        internal const string TypedPhoneOpening = "Số điện thoại gõ tay chưa đủ để xác minh đồng chí. ";

        public const string AskIdentify =
            IdentifyWays + "• bấm nút «📱 Chia sẻ số điện thoại» bên dưới (số điện thoại Telegram của chính đồng chí);\n• " + OrTypeCode;

        public const string IdentifyHint = "Xin đồng chí bấm nút chia sẻ số điện thoại " + OrTypeCodeExample;

        public const string TypedPhoneNotProof = TypedPhoneOpening + "Xin bấm nút «📱 Chia sẻ số điện thoại» (trên Telegram) " + OrTypeCode;

        public const string NotOwnContact =
            "Xin đồng chí chia sẻ số điện thoại của chính mình (bấm nút «📱 Chia sẻ số điện thoại»), không gửi danh bạ của người khác.";

        public const string WrongCode =
            "Mã Giấy mời không đúng. Xin đồng chí kiểm tra lại 8 ký tự in trên Giấy mời (không có chữ O, I, L và số 0, 1).";

        public static string WrongLink(string? phone) =>
            $"Đường dẫn Giấy mời không đúng hoặc đã cũ. Xin đồng chí mở lại đường dẫn trên Giấy mời, nhập mã Giấy mời, hoặc liên hệ {Call(phone)}.";

        public static string TooManyAttempts(string until) =>
            $"Đồng chí đã nhập sai mã nhiều lần. Xin thử lại sau {until}, hoặc liên hệ Văn phòng Sở để được hỗ trợ.";

        public static string NotOnList(string? phone) =>
            $"Kính gửi đồng chí, số điện thoại này chưa có trong danh sách đại biểu được mời. Xin đồng chí liên hệ {Call(phone)} để được hỗ trợ. Trân trọng.";

        public static string AlreadyClaimed(string? phone) =>
            $"Giấy mời này đã được một tài khoản khác sử dụng, nên không thể gắn với tài khoản của đồng chí. Văn phòng Sở đã được thông báo; xin đồng chí liên hệ {Call(phone)}.";

        public static string AccountHasOtherDelegate(string name, string? phone) =>
            $"Tài khoản này đã được dùng để trả lời Giấy mời của đ/c {name}. Mỗi tài khoản chỉ trả lời cho một đại biểu; xin liên hệ {Call(phone)} nếu cần thay đổi.";

        public static string Recognised(string name) => $"Kính chào đồng chí {name}! Đồng chí đã được xác nhận là đại biểu được mời.";

        public static string DelegateRoleLine(string name) =>
            $"Đồng chí {name} là đại biểu được mời dự Hội nghị: chọn «{MenuLabel}» để xem Giấy mời và trả lời.";

        public const string InvitationHeading = "GIẤY MỜI";

        public static string InvitationWho(string inviter, string name, string position, string organization) =>
            $"{inviter} trân trọng kính mời: đồng chí {name}, {position}, {organization}";

        public static string InvitationWhat(string title) => $"Tới dự {title}.";

        public static string InvitationTime(string? when) => $"• Thời gian: {when ?? "sẽ thông báo sau"}";

        public static string InvitationVenue(string? venue) => $"• Địa điểm: {venue ?? "sẽ thông báo sau"}";

        public const string ProgrammeHeading = "Chương trình Hội nghị:";

        public static string InvitationDeadline(string? deadline, string? phone) =>
            (deadline is null ? "Đề nghị đồng chí xác nhận tham dự" : $"Đề nghị đồng chí xác nhận tham dự trước {deadline}") +
            $" ngay tại đây; cần hỗ trợ xin liên hệ {Call(phone)}.";

        public static string StatusLine(RsvpStatus status) => $"Trả lời hiện tại của đồng chí: {StatusName(status)}.";

        public static string StatusName(RsvpStatus status) => status switch
        {
            RsvpStatus.Attending => "Tham dự",
            RsvpStatus.Declined => "Không tham dự",
            RsvpStatus.Substituted => "Cử người đi thay",
            RsvpStatus.Waiting => "Trong danh sách chờ",
            _ => "Chưa trả lời",
        };

        public const string Attend = "✅ Tham dự";
        public const string Decline = "❌ Không tham dự";
        public const string Substitute = "👤 Cử người đi thay";
        public const string SkipReason = "Bỏ qua";
        public const string EditDetails = "✏️ Sửa thông tin";
        public const string AcceptSeat = "✅ Nhận chỗ, tôi sẽ tham dự";
        public const string RefuseSeat = "Nhường chỗ";

        public const string AskReason = "Xin đồng chí cho biết lý do không tham dự (không bắt buộc, tối đa 500 ký tự), hoặc chọn «Bỏ qua»:";
        public const string AskSubName = "Xin đồng chí nhập họ và tên người đi thay:";
        public const string AskSubPosition = "Xin nhập chức vụ của người đi thay:";
        public const string AskSubPhone = "Xin nhập số điện thoại di động của người đi thay (ví dụ: 0912345678):";
        public const string AskOwnName = "Xin đồng chí nhập lại họ và tên của mình:";
        public const string AskOwnPosition = "Xin nhập chức vụ của đồng chí:";
        public const string AskOwnPhone = "Xin nhập số điện thoại di động của đồng chí (ví dụ: 0912345678):";

        public const string BadName = "Họ và tên cần từ 2 đến 100 ký tự và có chữ cái. Xin nhập lại.";
        public const string BadPosition = "Chức vụ cần từ 2 đến 150 ký tự và có chữ cái. Xin nhập lại.";
        public const string BadPhone = "Số điện thoại chưa đúng. Xin nhập số di động 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09 (có thể viết +84…).";
        public const string ReasonTooLong = "Lý do dài quá 500 ký tự. Xin viết ngắn gọn hơn.";

        private static string Details(string name, string position, string phone) =>
            $"• Họ và tên: {name}\n• Chức vụ: {position}\n• Số điện thoại: {phone}";

        public static string ReviewAttend(string name, string position, string phone) =>
            $"Xin đồng chí kiểm tra thông tin trước khi xác nhận THAM DỰ:\n{Details(name, position, phone)}";

        public static string ReviewDecline(string name, string position, string phone, string? reason) =>
            $"Xin đồng chí kiểm tra thông tin trước khi xác nhận KHÔNG THAM DỰ:\n{Details(name, position, phone)}\n• Lý do: {reason ?? "(không nêu)"}";

        public static string ReviewSubstitute(string name, string position, string phone) =>
            $"Xin đồng chí kiểm tra thông tin người ĐI THAY trước khi xác nhận:\n{Details(name, position, phone)}";

        public static string Attending(string name) =>
            $"Cảm ơn đồng chí {name} đã xác nhận tham dự Hội nghị. Bot gửi kèm lịch (tệp .ics) và mã QR điểm danh; xin xuất trình mã QR khi đến Hội nghị. Trân trọng.";

        public static string SubstituteAttending(string name) =>
            $"Đã ghi nhận đ/c {name} đi thay. Xin đồng chí chuyển lịch (tệp .ics) và mã QR điểm danh dưới đây cho đ/c {name}. Trân trọng.";

        public static string Waiting(int place, int capacity) =>
            $"Hội nghị đã đủ {capacity} chỗ. Đồng chí được xếp thứ {place} trong danh sách chờ; khi có chỗ trống bot sẽ báo để đồng chí xác nhận. Trân trọng.";

        public const string Declined = "Đã ghi nhận đồng chí không tham dự Hội nghị. Đồng chí có thể thay đổi trả lời trước hạn xác nhận. Trân trọng.";

        public const string RefusedSeatReason = "Nhường chỗ trong danh sách chờ";

        public static string DeadlinePassed(string deadline, string? phone) =>
            $"Đã hết hạn xác nhận tham dự ({deadline}). Nếu cần thay đổi, xin đồng chí liên hệ trực tiếp {Call(phone)}. Trân trọng.";

        public static string RecordGone(string? phone) => $"Không tìm thấy Giấy mời của đồng chí trong danh sách hiện hành. Xin liên hệ {Call(phone)}.";

        public const string CalendarCaption = "📅 Lịch Hội nghị: mở tệp để thêm vào lịch điện thoại.";

        public static string CheckInQrCaption(string name, string code, bool forwarded) =>
            $"🔳 Mã QR điểm danh của đ/c {name} (mã {code})." + (forwarded ? " Xin chuyển cho người đi thay." : " Xin xuất trình khi đến Hội nghị.");

        public static string SeatFreed(string name, string title) =>
            $"Kính gửi đồng chí {name}, {title} vừa có chỗ trống dành cho đồng chí (đang trong danh sách chờ). Xin gõ /nhancho để xác nhận tham dự hoặc nhường chỗ. Trân trọng.";

        public static string SeatOfferQuestion(string title) => $"Có một chỗ trống tại {title} đang được giữ cho đồng chí. Đồng chí có tham dự không?";

        public const string NoSeatOffered = "Hiện không có chỗ trống nào đang được giữ cho đồng chí.";

        public const string TakeSeatDescription = "Nhận chỗ trống từ danh sách chờ";
    }
}
