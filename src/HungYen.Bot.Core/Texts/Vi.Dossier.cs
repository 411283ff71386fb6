namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>The dossier's data the law and the Council need (awards-process.md §2).</summary>
    public static class Dossier
    {
        public static string ConfirmPlainName(string name) =>
            $"Họ và tên «{name}» chưa có dấu tiếng Việt. Tên sẽ in trên danh sách và văn bản chính thức, xin nhập lại có dấu " +
            $"(ví dụ: Nguyễn Văn An). Nếu tên đúng là không dấu, xin gửi lại đúng «{name}» để xác nhận.";

        public static string UnderMin(string line, int min) =>
            $"⚠️ Lưu ý: toàn Sở mới có {line} hồ sơ, chưa đạt mức tối thiểu {min} của Kế hoạch. Đề nghị các đơn vị tiếp tục rà soát, đề xuất.";

        public const string AskHeadPosition = "Chức vụ của người đứng đầu tập thể (ví dụ: Trưởng phòng, Giám đốc Trung tâm):";

        public const string AskMembers =
            "Số người của tập thể và số nữ, cách nhau bằng dấu chấm phẩy (ví dụ: 25; 18). Tập thể có từ 70% nữ trở lên được ưu tiên khi có thành tích như nhau.";

        public const string NeedMembers = "Chưa đúng: xin nhập số người và số nữ, cách nhau bằng dấu chấm phẩy, số nữ không lớn hơn số người (ví dụ: 25; 18).";

        public static string AskContent(string generated) =>
            $"Nội dung khen thưởng (in trên Quyết định, Giấy khen, Bằng khen). Nội dung gợi ý:\n«{generated}»\nChọn «Dùng nội dung này», hoặc nhập nội dung khác (từ 20 đến 500 ký tự).";

        /// <summary>The award's content the bot proposes from the movement (the office may keep or replace it).</summary>
        public static string GeneratedContent(string movement) =>
            movement.Length == 0 ? "Đã có thành tích xuất sắc trong phong trào thi đua" : $"Đã có thành tích xuất sắc trong phong trào thi đua “{movement}”";

        public const string UseContent = "✅ Dùng nội dung này";

        public const string NeedContent = "Nội dung khen thưởng cần từ 20 đến 500 ký tự, hoặc chọn «Dùng nội dung này».";

        public static string AskRatings(int first, int second, bool provincial, bool individual) =>
            $"Kết quả đánh giá, xếp loại mức độ hoàn thành nhiệm vụ 2 năm gần nhất ({first} và {second}). Chọn một trường hợp dưới đây, hoặc nhập xếp loại từng năm " +
            $"(ví dụ: {first}: Hoàn thành tốt nhiệm vụ; {second}: Hoàn thành xuất sắc nhiệm vụ)." +
            (provincial ? "\nLưu ý: một trong các tiêu chuẩn Bằng khen của Chủ tịch UBND tỉnh là 02 năm liên tục hoàn thành xuất sắc nhiệm vụ" +
                (individual ? ", có 02 sáng kiến được công nhận và áp dụng." : ", nội bộ đoàn kết, thực hiện tốt dân chủ cơ sở.") : "");

        // Ratings are stored as the official abbreviations; these read them out.
        public const string Excellent = "HTXSNV";
        public const string Good = "HTTNV";
        public const string Completed = "HTNV";
        public const string NotCompleted = "KHTNV";
        public const string NotRated = "CDG";

        public static string? Rating(string code) => code switch
        {
            Excellent => "Hoàn thành xuất sắc nhiệm vụ",
            Good => "Hoàn thành tốt nhiệm vụ",
            Completed => "Hoàn thành nhiệm vụ",
            NotCompleted => "Không hoàn thành nhiệm vụ",
            NotRated => "Chưa được đánh giá, xếp loại",
            _ => null,
        };

        /// <summary>
        /// The words (lower case) that name each rating in a typed answer, most specific first: "không hoàn thành" before
        /// "hoàn thành", "xuất sắc" and "tốt" before the plain rating.
        /// </summary>
        public static readonly (string Code, string[] Words)[] RatingWords =
        [
            (NotCompleted, ["không hoàn thành", "khtnv"]),
            (Excellent, ["xuất sắc", "htxsnv"]),
            (Good, ["tốt", "httnv"]),
            (NotRated, ["chưa"]),
            (Completed, ["hoàn thành", "htnv"]),
        ];

        public static string BothYears(string code) => $"Cả 2 năm: {Rating(code)}";

        /// <summary>"Năm 2024: Hoàn thành tốt nhiệm vụ; năm 2025: Hoàn thành xuất sắc nhiệm vụ" from "2024:HTTNV;2025:HTXSNV".</summary>
        public static string? Ratings(string? codes) => string.IsNullOrEmpty(codes) ? null
            : string.Join("; ", codes.Split(';').Select((y, i) => $"{(i == 0 ? "Năm" : "năm")} {y.Split(':')[0]}: {Rating(y.Split(':')[^1]) ?? y}"));

        public static string NeedRatings(int first, int second) =>
            $"Xin chọn một trường hợp, hoặc nhập xếp loại của cả hai năm {first} và {second}, mỗi năm một mức: Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, " +
            $"Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ hoặc Chưa được đánh giá (ví dụ: {first}: Hoàn thành tốt nhiệm vụ; {second}: Hoàn thành xuất sắc nhiệm vụ).";

        public const string AskPriorAwards =
            "Khen thưởng đã nhận (năm; hình thức; số, ngày Quyết định; cơ quan ban hành), mỗi khen thưởng một dòng (ví dụ: 2024; Giấy khen của Giám đốc Sở; 45/QĐ-SKHCN ngày 10/3/2024; Sở Khoa học và Công nghệ). Nếu chưa có, chọn «Chưa có».";

        public const string NoPriorAwards = "Chưa có";

        public const string NeedPriorAwards = "Xin nhập các khen thưởng đã nhận (tối đa 1.000 ký tự) hoặc chọn «Chưa có».";

        public const string AskContactPhone = "Số điện thoại của người liên hệ về hồ sơ (số di động, ví dụ: 0912 345 678):";

        public const string NeedPhone = "Số điện thoại chưa đúng: xin nhập số di động 10 chữ số (ví dụ: 0912 345 678).";

        /// <summary>Nghị định 152/2025/NĐ-CP Điều 4: khoản 4 (who may not be proposed) and khoản 3 (thematic awards are no ground for later ones).</summary>
        public static string AskDeclaration(bool onBehalf, bool individual) =>
            (onBehalf ? "Thay mặt Thủ trưởng đơn vị, đồng chí xác nhận" : "Đồng chí, với tư cách Thủ trưởng đơn vị, xác nhận") +
            (individual ? " cá nhân" : " tập thể") + " được đề nghị không thuộc trường hợp chưa xét khen thưởng theo khoản 4 Điều 4 Nghị định số 152/2025/NĐ-CP: " +
            "không đang trong thời gian bị cơ quan có thẩm quyền xem xét thi hành kỷ luật, điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm; " +
            "không có đơn thư khiếu nại, tố cáo đang được xác minh, làm rõ; không có vụ việc tham nhũng, tiêu cực được báo chí nêu đang được xác minh." +
            "\n\nLưu ý: khen thưởng theo chuyên đề không dùng làm căn cứ đề nghị khen thưởng theo công trạng (khoản 3 Điều 4).";

        public const string FieldHeadPosition = "Chức vụ người đứng đầu";
        public const string FieldMembers = "Số người, số nữ";
        public const string FieldContent = "Nội dung khen thưởng";
        public const string FieldRatings = "Xếp loại 2 năm gần nhất";
        public const string FieldPriorAwards = "Khen thưởng đã nhận";
        public const string FieldContactPhone = "Điện thoại liên hệ";
        public const string FieldDeclaration = "Cam kết theo Điều 4 Nghị định 152/2025/NĐ-CP";

        public const string FieldOfficeNote = "Ý kiến của Văn phòng Sở";

        /// <summary>The first line of a dossier's card: its reference and status.</summary>
        public static string Reference(string id, string status) => $"Mã hồ sơ: {id} — {status}";

        /// <summary>The nominee's kind as a cell or a field value starts it (Cá nhân, Tập thể).</summary>
        public static string KindName(NomineeKind kind) => kind == NomineeKind.Individual ? "Cá nhân" : "Tập thể";

        /// <summary>What a status change's code says (<see cref="StatusReason"/>); a record written before the codes shows its sentence as it is.</summary>
        public static string? ChangeNote(string? reason, string? note) =>
            Enum.TryParse<StatusReason>(reason, out var code) ? code switch
            {
                StatusReason.Edited => "chỉnh sửa",
                _ => note,
            } : note;

        public static string Members(int members, int women, int percent) =>
            $"{members} người, {women} nữ ({percent}%{(percent >= 70 ? ", được ưu tiên" : "")})";

        public static string Declared(bool onBehalf) => onBehalf ? "Đã xác nhận (thay mặt Thủ trưởng đơn vị)" : "Đã xác nhận (Thủ trưởng đơn vị)";

        public static string QuotaRange(int min, int max) => $"Kế hoạch: mỗi hình thức, đối tượng từ {min:00} đến {max:00} hồ sơ.";
    }
}
