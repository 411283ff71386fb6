namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>What the office and check-in staff read about delegates.</summary>
    public static partial class Delegates
    {
        public static string PersonLine(string name, string position, string organization) => $"• {name} — {position}, {organization}";

        public static string OfficeClaimConflict(string name, string organization, string address, string? displayName) =>
            $"⚠️ Giấy mời của đ/c {name} ({organization}) đã gắn với một tài khoản, nay tài khoản khác ({displayName ?? "không rõ tên"}, {address}) " +
            "cũng mở. Bot không gắn lại; nếu đúng là người được mời đổi tài khoản, xin liên hệ đại biểu để xử lý.";

        public static string OfficeWaiting(string name, string organization, int place) =>
            $"Hội nghị đã đủ chỗ: đ/c {name} ({organization}) muốn tham dự và được xếp thứ {place} trong danh sách chờ.";

        public static string OfficeSeatOffered(string name, string organization) =>
            $"Có chỗ trống: bot đã báo đ/c {name} ({organization}), người đầu danh sách chờ, xác nhận tham dự.";

        public static string OfficeSubstitute(string name, string organization, string substitute, string position, string phone) =>
            $"Đ/c {name} ({organization}) cử đ/c {substitute}, {position}, SĐT {phone} đi thay.";

        public static string OfficeSubstituteKeptCheckedIn(string name, string substitute) =>
            $"Đ/c {name} đã thay đổi trả lời; đ/c {substitute} (đi thay) đã điểm danh nên vẫn được giữ trong danh sách cùng lượt điểm danh.";

        public static string OfficeSubstituteWithdrawn(string name, string substitute) =>
            $"Đ/c {name} đã thay đổi trả lời; đ/c {substitute} không còn đi thay.";

        public const string StaffRoleLine = "Đồng chí là cán bộ điểm danh: nhập hoặc quét mã QR của đại biểu, gõ /diemdanh_tinhhinh để xem số đã đến.";

        public const string CheckInDescription = "Điểm danh đại biểu theo mã";
        public const string ProgressDescription = "Số đại biểu đã đến và chưa đến";
        public const string StaffDescription = "Giao cán bộ điểm danh (kênh:mã)";
        public const string CheckInUsage = "Xin nhập mã điểm danh sau lệnh, ví dụ: /diemdanh K7M2QX9P";
        public const string StaffUsage = "Cách dùng: /diemdanh_canbo telegram:123456789 (mã người đó xem bằng lệnh /id).";
        public const string CheckInOnlyStaff = "Mã QR này dùng để điểm danh tại Hội nghị; cán bộ điểm danh sẽ quét mã khi đồng chí đến. Trân trọng.";
        public const string CheckInUnknownCode = "Không tìm thấy đại biểu có mã điểm danh này. Xin kiểm tra lại mã (8 ký tự).";
        public const string CheckedInWithoutConfirmation = "⚠️ Lưu ý: đại biểu này chưa xác nhận tham dự; xin báo Văn phòng Sở.";
        public const string YouAreStaff = "Văn phòng Sở đã giao đồng chí làm cán bộ điểm danh Hội nghị. Khi đại biểu đến, xin quét mã QR của đại biểu hoặc nhập mã 8 ký tự. Gõ /diemdanh_tinhhinh để xem số đã đến.";

        public static string AlreadyCheckedIn(string name, string time) => $"Đại biểu {name} đã điểm danh lúc {time}.";

        public static string CheckedIn(string name, string position, string organization, string time, int arrived, int expected) =>
            $"✅ Đã điểm danh: {name} — {position}, {organization}, lúc {time}.\nĐã đến {arrived}/{expected} đại biểu xác nhận tham dự.";

        public static string CheckInProgress(int arrived, int confirmed, IReadOnlyList<string> missing) =>
            $"Đã đến: {arrived} đại biểu / {confirmed} đại biểu xác nhận tham dự.\n" +
            (missing.Count == 0 ? "Tất cả đại biểu xác nhận tham dự đã đến." : $"Chưa đến ({missing.Count}):\n{string.Join("\n", missing)}");

        public static string StaffAdded(string address) => $"Đã giao {address} làm cán bộ điểm danh; người đó đã được thông báo.";

        public static string StaffList(IReadOnlyList<string> staff) =>
            staff.Count == 0 ? "Chưa có cán bộ điểm danh. " + StaffUsage : "Cán bộ điểm danh:\n" + Bullets(staff);

        public const string SetTimeDescription = "Đặt ngày giờ Hội nghị";
        public const string SetVenueDescription = "Đặt địa điểm Hội nghị";
        public const string SetTimeUsage = "Cách dùng: /hoinghi_thoigian 18/12/2026 08:00 (ngày dd/MM/yyyy, giờ HH:mm).";
        public const string SetVenueUsage = "Cách dùng: /hoinghi_diadiem Hội trường tầng 3, Sở Khoa học và Công nghệ (3 đến 300 ký tự).";
        public const string FactsUnchanged = "Thông tin không thay đổi.";

        public static string FactsNow(string title, string? when, string? venue) => $"{title}\n{Facts(when, venue, "chưa đặt")}";

        /// <summary>The conference's time and venue as two bullet lines, <paramref name="unset"/> for one not set yet.</summary>
        public static string Facts(string? when, string? venue, string unset) => $"• Thời gian: {when ?? unset}\n• Địa điểm: {venue ?? unset}";

        public const string SummaryDescription = "Tổng hợp trả lời Giấy mời";
        public const string ExportDescription = "Xuất danh sách đại biểu (.xlsx)";
        public const string PackDescription = "Tải đường dẫn, mã Giấy mời và mã QR để in";
        public const string NoDelegates = "Chưa có đại biểu nào trong danh sách. Xin nhập danh sách trước.";
        public const string QrArchiveCaption = "Mã QR của từng đại biểu (tệp nén, mỗi ảnh mang số thứ tự và mã Giấy mời như trong bảng).";

        public static string ExportCaption(int count) => $"Danh sách {count} đại biểu: trả lời, người đi thay, danh sách chờ, giờ điểm danh.";

        public static string PackCaption(int count, bool noUsername) =>
            $"Đường dẫn cá nhân và mã Giấy mời của {count} đại biểu, để in trên Giấy mời." +
            (noUsername ? " (Chưa cấu hình Bot:Username nên chưa có đường dẫn; mã QR chứa mã Giấy mời.)" : "");

        public static string WithdrawnConsent(IReadOnlyList<string> people) =>
            $"Đã rút lại sự đồng ý xử lý dữ liệu cá nhân ({people.Count}) — bot không nhắc nữa, đề nghị liên hệ trực tiếp:\n{string.Join("\n", people)}";

        public static string Summary(int total, IReadOnlyDictionary<RsvpStatus, int> counts, IReadOnlyList<string> pending, IReadOnlyList<string> waiting) =>
            $"Tổng hợp Giấy mời: {total} đại biểu\n" +
            string.Join("\n", counts.Select(c => $"• {StatusName(c.Key)}: {c.Value}")) +
            (pending.Count == 0 ? "" : $"\n\nChưa trả lời ({pending.Count}):\n{string.Join("\n", pending)}") +
            (waiting.Count == 0 ? "" : $"\n\nDanh sách chờ (theo thứ tự):\n{string.Join("\n", waiting)}");

        public static string SentSubstitute(string name) => $"Cử đ/c {name} đi thay";

        public static string SubstituteOf(string name) => $"Đi thay đ/c {name}";

        public const string ImportMenuLabel = "📋 Nhập danh sách đại biểu";
        public const string ImportAskFile =
            "Xin gửi tệp danh sách đại biểu (.xlsx hoặc .csv, tối đa 5 MB). Dòng đầu là tiêu đề với các cột: Họ tên, Chức vụ, " +
            "Cơ quan/đơn vị, Số điện thoại, Nhóm, Ghi chú. Nhập lại tệp sẽ cập nhật theo số điện thoại, không tạo trùng.";
        public const string ImportSendFile = "Ở bước này xin gửi tệp danh sách (.xlsx hoặc .csv).";
        public const string ImportWrongType = "Tệp cần có đuôi .xlsx hoặc .csv.";
        public const string ImportTooLarge = "Tệp lớn hơn 5 MB. Xin gửi tệp nhỏ hơn.";
        public const string ImportUnreadable = "Không đọc được tệp. Xin kiểm tra tệp có đúng định dạng .xlsx hoặc .csv (UTF-8).";

        public static string ImportMissingColumns(IEnumerable<string> missing) =>
            $"Tệp thiếu cột: {string.Join(", ", missing)}. Dòng đầu cần là tiêu đề các cột.";

        public static string ColumnTitle(ListColumn column) => column switch
        {
            ListColumn.FullName => ColumnName,
            ListColumn.Position => ColumnPosition,
            ListColumn.Organization => ColumnOrganization,
            ListColumn.Phone => ColumnPhone,
            ListColumn.Group => ColumnGroup,
            _ => ColumnNote,
        };

        public static string ImportReport(int added, int updated, IReadOnlyList<(int Row, string Reason)> problems) =>
            $"Kết quả nhập danh sách: thêm mới {added}, cập nhật {updated} đại biểu." +
            (problems.Count == 0 ? "" : $"\nCác dòng cần xem lại ({problems.Count}):\n" + string.Join("\n", problems.Select(p => $"• Dòng {p.Row}: {p.Reason}")));

        public const string RowBadName = "thiếu hoặc sai họ tên";
        public const string RowBadPosition = "thiếu chức vụ";
        public const string RowBadOrganization = "thiếu cơ quan/đơn vị";

        public static string RowBadPhone(string phone) =>
            string.IsNullOrWhiteSpace(phone) ? "thiếu số điện thoại" : $"số điện thoại «{phone}» không phải số di động hợp lệ";

        public static string RowDuplicatePhone(int earlier) => $"trùng số điện thoại với dòng {earlier}";

        public static string RowDuplicatePerson(int earlier) => $"trùng họ tên và cơ quan/đơn vị với dòng {earlier} (cả hai dòng không có số di động)";

        public static string RowNoMobile(string? landline) =>
            (landline is null ? "đã nhập, không có số điện thoại" : $"đã nhập với số máy bàn {landline}") +
            "; đại biểu nhận Giấy mời bằng mã mời in trên giấy, bot không nhận ra qua số điện thoại";

        public static string RowIsSubstitute(string name) => $"số điện thoại là của đ/c {name} (người đi thay), không nhập";

        public static string RowUnknownGroup(string group) => $"đã nhập, nhưng nhóm «{group}» không thuộc thành phần tham dự đã cấu hình";

        public const string ColumnNumber = "STT";
        public const string ColumnName = "Họ tên";
        public const string ColumnPosition = "Chức vụ";
        public const string ColumnOrganization = "Cơ quan/đơn vị";
        public const string ColumnPhone = "Số điện thoại";
        public const string ColumnGroup = "Nhóm";
        public const string ColumnNote = "Ghi chú";
        public const string ColumnInviteCode = "Mã Giấy mời";
        public const string ColumnLink = "Đường dẫn cá nhân";
        public const string ColumnQrFile = "Tệp mã QR";
        public const string ColumnStatus = "Trả lời";
        public const string ColumnReason = "Lý do không tham dự";
        public const string ColumnSubstitute = "Người đi thay";
        public const string ColumnWaitingPlace = "Thứ tự chờ";
        public const string ColumnArrivedAt = "Giờ điểm danh";
    }
}
