namespace HungYen.Bot.Core.Texts;

public static partial class Vi
{
    /// <summary>The dossier's lifecycle: refusals and what the unit is told, in the official wording (awards-process.md §1).</summary>
    public static class Lifecycle
    {
        public const string Command = "Chuyển bước hồ sơ: đưa ra Hội đồng, kết quả, tờ trình, quyết định, mở lại";

        public const string Usage =
            "Xin nhập theo mẫu: /hoso_buoc <mã hồ sơ> <bước> [ghi chú]\n" +
            "Bước: choxet <dd/MM/yyyy> – đưa ra Hội đồng xét; hddenghi / hdkhong – kết quả Hội đồng; " +
            "chokys – Giấy khen chờ ký; datrinh – Bằng khen đã trình (theo Tờ trình đã ghi bằng /vanban_so); " +
            "khenthuong – đã có Quyết định (Giấy khen: Quyết định đã ghi; Bằng khen: số Quyết định của Chủ tịch UBND tỉnh, ngày); " +
            "khongduoc <lý do>; mo <dd/MM/yyyy> <lý do> – trả lại để bổ sung; rut – rút hồ sơ.";

        public static string NotAllowed(string id, string from, string to) => $"Không thể chuyển hồ sơ {id} từ «{from}» sang «{to}».";

        public static string Stale(string id) => $"Hồ sơ {id} vừa được cán bộ khác cập nhật. Xin mở lại hồ sơ để xem thông tin mới nhất trước khi thao tác.";

        public static string NoSuch(string id) => $"Không tìm thấy hồ sơ {id}.";

        public static string Done(string id, string status) => $"Đã ghi nhận: hồ sơ {id} — {status}.";

        public static string Received(string id, string time, string date) => $"Văn phòng Sở đã tiếp nhận hồ sơ {id} lúc {time} ngày {date}.";

        public static string Return(string id, string reason, string deadline) => $"Hồ sơ {id} cần bổ sung: {reason}. Đề nghị đơn vị hoàn thiện, gửi lại trước ngày {deadline}.";

        public static string Scheduled(string id, string date) => $"Hồ sơ {id} được đưa ra Hội đồng TĐKT Sở xét ngày {date}.";

        public static string Council(string name, bool proposed) => $"Hội đồng TĐKT Sở đã thống nhất {(proposed ? "" : "không ")}đề nghị khen thưởng {name}.";

        public static string Signature(string id) => $"Hồ sơ {id} đang chờ Giám đốc Sở ký Quyết định.";

        public static string Submitted(string reference, string date, string name) => $"Sở đã có Tờ trình số {reference} ngày {date} đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho {name}.";

        public static string DirectorDecided(string reference, string date, string name) => $"Giám đốc Sở đã ký Quyết định số {reference} ngày {date} tặng Giấy khen cho {name}.";

        public static string ProvinceDecided(string reference, string date, string name) => $"Chủ tịch UBND tỉnh đã ký Quyết định số {reference} ngày {date} tặng Bằng khen cho {name}.";

        public static string NotAwarded(string name, string reason) => $"Đề nghị tặng Bằng khen cho {name} không được Chủ tịch UBND tỉnh phê duyệt: {reason}.";

        public static string Withdrawn(string id) => $"Hồ sơ {id} đã được rút theo đề nghị.";

        public const string NeedDecisionNumber = "Chưa có số, ngày của Quyết định. Xin ghi bằng /vanban_so quyetdinh <số> <ngày> hoặc nhập: /hoso_buoc <mã> khenthuong <số>/QĐ-UBND <dd/MM/yyyy>.";

        public const string NeedSubmissionNumber = "Chưa có số, ngày của Tờ trình. Xin ghi trước bằng /vanban_so totrinh <số> <ngày>.";

        public const string Closing = "\nTrân trọng.";
    }
}
