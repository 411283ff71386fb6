namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>The Council's meeting and votes in chat.</summary>
    public static class Council
    {
        public const string Command = "Hội đồng Thi đua - Khen thưởng: cuộc họp, thành viên, kết quả bỏ phiếu";

        public const string Usage =
            "Xin nhập theo mẫu:\n" +
            "/hoidong hop <dd/MM/yyyy HH:mm>; <địa điểm>\n" +
            "/hoidong thanhvien <họ tên>; <chức vụ>; <vai trò trong Hội đồng>\n" +
            "/hoidong vang <STT thành viên> [lý do]\n" +
            "/hoidong phieu <mã hồ sơ> <phát ra> <thu về> <hợp lệ> <đồng ý>\n" +
            "/hoidong – xem cuộc họp.";

        public static string MeetingSet(string at, string place, int members) =>
            $"Đã ghi cuộc họp Hội đồng: {at}, tại {place}; {members} thành viên.";

        public static string MemberAdded(string name, int members) => $"Đã thêm thành viên {name}; Hội đồng có {members} thành viên.";

        public static string AbsentSet(string name, int present, int members) => $"Đã ghi đồng chí {name} vắng mặt; có mặt {present}/{members} thành viên.";

        public static string BadCounts(int present) => $"Số phiếu không hợp lý: phải có phát ra ≥ thu về ≥ hợp lệ ≥ đồng ý, và phát ra không quá {present} (số thành viên có mặt).";

        public static string Tally(string id, string name, string percent, int baseCount, bool ofMembers, bool quorate, bool proposed) =>
            $"Hồ sơ {id} ({name}): đồng ý {percent}% trên {baseCount} {(ofMembers ? "thành viên Hội đồng" : "thành viên có mặt")}." +
            (quorate ? "" : "\n⚠️ Cuộc họp chưa đủ số thành viên có mặt theo Quy chế.") +
            $"\nĐề xuất kết quả: {Nominations.Status(proposed ? NominationStatus.CouncilProposed : NominationStatus.CouncilNotProposed)}. " +
            $"Xin Văn phòng Sở xác nhận bằng /hoso_buoc {id} {(proposed ? "hddenghi" : "hdkhong")}.";

        // The ballot sheet (.xlsx) the office fills in and sends back.
        public const string BallotMenuLabel = "🗳 Phiếu kiểm phiếu Hội đồng (Excel)";

        public const string SheetTitle = "BẢNG TỔNG HỢP KẾT QUẢ KIỂM PHIẾU";

        public static string SheetSubtitle(string? at, string? place, int present, int members) =>
            $"Họp Hội đồng Thi đua - Khen thưởng Sở{(at is null ? "" : " lúc " + at)}{(place is null ? "" : ", tại " + place)}; có mặt {present:00}/{members:00} thành viên";

        public static string SheetHowTo(int present) =>
            $"Ghi số phiếu vào các cột Phát ra, Thu về, Hợp lệ, Đồng ý (số nguyên, phát ra không quá {present} – số thành viên có mặt); để trống nếu chưa bỏ phiếu; không sửa cột Mã hồ sơ. Lưu tệp và gửi lại cho bot.";

        public const string ColumnNumber = "STT";
        public const string ColumnName = "Họ và tên / Tên tập thể";
        public const string ColumnUnit = "Đơn vị đề xuất";
        public const string ColumnAward = "Hình thức";
        public const string ColumnIssued = "Phát ra";
        public const string ColumnReturned = "Thu về";
        public const string ColumnValid = "Hợp lệ";
        public const string ColumnAgree = "Đồng ý";
        public const string ColumnReference = "Mã hồ sơ";

        public const string BallotNoMeeting = "Chưa có cuộc họp Hội đồng. Xin ghi cuộc họp trước: /hoidong hop <dd/MM/yyyy HH:mm>; <địa điểm>.";

        public const string BallotNoNominees = "Chưa có hồ sơ nào được đưa ra Hội đồng xét. Xin đưa hồ sơ ra cuộc họp trước: /hoso_buoc <mã hồ sơ> choxet <dd/MM/yyyy>.";

        public static string BallotSent(int nominees) => $"Bảng kiểm phiếu của {nominees} hồ sơ đưa ra Hội đồng xét.";

        public const string BallotAskFile = "Sau khi kiểm phiếu, xin điền số phiếu vào bảng và gửi lại tệp .xlsx tại đây.";

        public const string BallotNeedFile = "Ở bước này xin gửi tệp bảng kiểm phiếu (.xlsx). Số phiếu của từng hồ sơ cũng có thể gõ: /hoidong phieu <mã hồ sơ> <phát ra> <thu về> <hợp lệ> <đồng ý>.";

        public const string BallotFileName = "Bảng kiểm phiếu Hội đồng.xlsx";

        public const string BallotWrongType = "Tệp không đúng: xin gửi bảng kiểm phiếu dạng Excel (.xlsx) mà bot đã gửi.";

        public const string BallotTooLarge = "Tệp quá lớn: bảng kiểm phiếu không quá 2 MB.";

        public const string SheetUnreadable = "Không đọc được tệp: tệp không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng.";

        public static string SheetMissing(string sheet) => $"Tệp không có trang «{sheet}». Xin dùng đúng tệp bảng kiểm phiếu bot đã gửi.";

        public static string SheetColumnsMissing(IEnumerable<string> columns) =>
            $"Trang kiểm phiếu thiếu cột {string.Join(", ", columns.Select(c => $"«{c}»"))}. Xin dùng đúng tệp bảng kiểm phiếu bot đã gửi.";

        public static string SheetUnknownNominee(int row, string id) => $"Dòng {row}: hồ sơ «{id}» không có trong danh sách đưa ra Hội đồng xét.";

        public static string SheetDuplicate(int row, string id) => $"Dòng {row}: hồ sơ {id} đã có ở dòng trên.";

        public static string SheetBlank(int row, string name, string column) => $"Dòng {row} ({name}): chưa ghi số phiếu ở cột «{column}».";

        public static string SheetNotANumber(int row, string name, string column, string value) =>
            $"Dòng {row} ({name}): cột «{column}» ghi «{value}», không phải số nguyên.";

        public static string SheetOverPresent(int row, string name, int issued, int present) =>
            $"Dòng {row} ({name}): số phiếu phát ra {issued} lớn hơn số thành viên có mặt ({present}).";

        public static string SheetOutOfOrder(int row, string name) => $"Dòng {row} ({name}): số phiếu phải có phát ra ≥ thu về ≥ hợp lệ ≥ đồng ý.";

        public const string SheetEmpty = "Tệp chưa có số phiếu nào: xin điền các cột Phát ra, Thu về, Hợp lệ, Đồng ý.";

        public static string SheetRejected(IReadOnlyList<string> problems) =>
            "Chưa ghi kết quả nào vì tệp có lỗi:\n" + Bullets(problems.Take(10)) +
            (problems.Count > 10 ? $"\n… và {problems.Count - 10} lỗi khác." : "") + "\nXin sửa rồi gửi lại tệp.";

        public static string SheetRecorded(int count, IEnumerable<string> tallies) =>
            $"Đã ghi kết quả bỏ phiếu của {count} hồ sơ từ bảng kiểm phiếu.\n\n" + string.Join("\n\n", tallies);

        /// <summary>The ballot workbook's sheet, by which an uploaded workbook is recognised.</summary>
        public const string SheetName = "Kiểm phiếu";

        public static string MemberLine(int number, string name, string position, string role, bool present) =>
            $"{number}. {name}, {position} – {role}{(present ? "" : " (vắng)")}";

        /// <summary>How a member's role starts when they chair the meeting or keep its minutes (the Chair and Secretary by default).</summary>
        public const string ChairRole = "Chủ tịch";

        public const string SecretaryRole = "Thư ký";

        public static string Status(string? at, string? place, IReadOnlyList<string> members, int ballots) =>
            $"Cuộc họp Hội đồng: {at ?? "chưa ghi thời gian"}, {place ?? "chưa ghi địa điểm"}.\n" +
            (members.Count == 0 ? "Chưa có thành viên." : string.Join("\n", members)) +
            $"\nĐã ghi kết quả bỏ phiếu của {ballots} hồ sơ.";
    }
}
