namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>What the office reads about the official documents in chat.</summary>
    public static class Awards
    {
        public const string DocumentCommand = "Văn bản: danh sách, biên bản, tờ trình, quyết định, thông báo, giấy mời (.docx)";

        public const string NumberCommand = "Ghi số, ngày, người ký của một văn bản";

        public const string DocumentUsage =
            "Xin chọn văn bản cần lấy, ví dụ /vanban totrinh:\n" +
            "• danhsach_bk – Danh sách đề nghị tặng Bằng khen\n" +
            "• danhsach_gk – Danh sách đề nghị tặng Giấy khen\n" +
            "• bienban – Biên bản họp Hội đồng Thi đua - Khen thưởng\n" +
            "• totrinh – Tờ trình đề nghị Chủ tịch UBND tỉnh tặng Bằng khen\n" +
            "• quyetdinh – Quyết định tặng Giấy khen\n" +
            "• thongbao – Thông báo công khai danh sách\n" +
            "• giaymoi – Giấy mời của từng đại biểu (thêm mã mời để lấy một giấy)\n" +
            "Số, ngày và người ký được ghi một lần bằng /vanban_so.";

        public const string NumberUsage =
            "Xin nhập theo mẫu: /vanban_so <loại> <số> <ngày dd/MM/yyyy> [họ tên người ký; quyền hạn]\n" +
            "Loại: totrinh, quyetdinh, bienban, thongbao, giaymoi.\n" +
            "Ví dụ: /vanban_so totrinh 12 05/03/2026\n" +
            "/vanban_so quyetdinh 45 10/03/2026 Hoàng Văn Cường; KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC\n" +
            "Số văn bản lấy theo sổ đăng ký của văn thư.";

        public const string MinutesFile = "Biên bản họp Hội đồng Thi đua - Khen thưởng";

        public const string SubmissionFile = "Tờ trình đề nghị tặng Bằng khen";

        public const string DecisionFile = "Quyết định tặng Giấy khen";

        public const string NoticeFile = "Thông báo công khai danh sách đề nghị khen thưởng";

        public static string ListFile(AwardLevel award) => award == AwardLevel.ProvincialCertificate ? "Danh sách đề nghị tặng Bằng khen" : "Danh sách đề nghị tặng Giấy khen";

        public static string DocumentCaption(string title, int count) => $"📄 {title} ({count} tập thể, cá nhân).";

        public static string InvitationCaption(string name) => $"📄 Giấy mời đồng chí {name}.";

        public static string InvitationsCaption(int count) => $"📄 Giấy mời của {count} đại biểu, mỗi đại biểu một tệp .docx có mã QR riêng.";

        public static string NoSuchDelegate(string code) => $"Không tìm thấy đại biểu có mã mời {code}.";

        public static string NumberSaved(string kind, string number, string date, string? signer, string at) =>
            $"Đã ghi văn bản {kind}: số {number}, ngày {date}{(signer is null ? "" : $", người ký {signer}")} (lúc {at}). Các văn bản trích dẫn sẽ dùng thông tin này.";
    }
}
